namespace OmicsBridge.Formats.Hgvs;

/// <summary>A genomic variant as VCF writes it: chromosome, 1-based position, REF and ALT alleles.</summary>
/// <param name="Chromosome">Chromosome name without <c>chr</c> (<c>17</c>, <c>X</c>, <c>MT</c>).</param>
/// <param name="Assembly">The assembly the accession belongs to; null for the mitochondrion (same in both).</param>
/// <param name="Accession">The RefSeq accession the description was on (<c>NC_000017.11</c>).</param>
/// <param name="Position">1-based position of the first base of <paramref name="Reference"/>.</param>
/// <param name="Reference">REF allele, upper case. Empty only in an unanchored (minimal) form.</param>
/// <param name="Alternate">ALT allele, upper case. Empty only in an unanchored (minimal) form.</param>
public sealed record VcfStyleVariant(
    string Chromosome,
    GenomeAssembly? Assembly,
    string Accession,
    long Position,
    string Reference,
    string Alternate);

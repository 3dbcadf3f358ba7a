using System.Globalization;
using OmicsBridge.Formats.Fasta;

namespace OmicsBridge.Formats.Vcf.Normalization;

/// <summary>
/// Writes an HGVS genomic description (<c>NC_000017.11:g.43045712G&gt;A</c>) for a biallelic VCF allele on a primary
/// GRCh37/GRCh38 contig: substitution, <c>del</c>, <c>ins</c>, <c>dup</c> and <c>delins</c>.
/// </summary>
/// <remarks>
/// HGVS shifts deletions, insertions and duplications to the most 3' position; VCF left-aligns. With a FASTA we shift
/// right and detect duplications. Without one we describe the allele where VCF puts it (insertions never become
/// <c>dup</c>), which is valid HGVS syntax but may not be the 3'-most description. Symbolic alleles, breakends and
/// contigs without a RefSeq accession give null.
/// </remarks>
public static class HgvsGenomic
{
    private const int MaxShift = 100_000;

    /// <summary>The HGVS g. string, or null when there is no accession or the allele is not sequence.</summary>
    public static string? Describe(GenomeAssembly assembly, string chrom, long position, string reference, string alt, IndexedFastaReader? fasta = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(alt);
        var accession = GenomeAssemblies.RefSeqAccession(assembly, chrom);
        if (accession is null || !AlleleClassifier.IsBases(System.Text.Encoding.ASCII.GetBytes(reference))
            || !AlleleClassifier.IsBases(System.Text.Encoding.ASCII.GetBytes(alt)))
        {
            return null;
        }

        var r = reference.ToUpperInvariant();
        var a = alt.ToUpperInvariant();
        var suffix = 0;
        while (suffix < r.Length && suffix < a.Length && r[^(suffix + 1)] == a[^(suffix + 1)])
        {
            suffix++;
        }

        r = r[..^suffix];
        a = a[..^suffix];
        var prefix = 0;
        while (prefix < r.Length && prefix < a.Length && r[prefix] == a[prefix])
        {
            prefix++;
        }

        r = r[prefix..];
        a = a[prefix..];
        var start = position + prefix;
        var useFasta = fasta is not null && fasta.TryGetEntry(chrom, out _);
        var body = (r.Length, a.Length) switch
        {
            (0, 0) => null,
            (1, 1) => Invariant($"{start}{r}>{a}"),
            (_, 0) => Deletion(chrom, start, r, useFasta ? fasta : null),
            (0, _) => Insertion(chrom, start - 1, a, useFasta ? fasta : null),
            _ => r.Length == 1 ? Invariant($"{start}delins{a}") : Invariant($"{start}_{start + r.Length - 1}delins{a}"),
        };
        return body is null ? null : accession + ":g." + body;
    }

    private static string Deletion(string chrom, long start, string deleted, IndexedFastaReader? fasta)
    {
        if (fasta is not null)
        {
            // Rotate right while the base after the deletion equals its first base.
            for (var i = 0; i < MaxShift; i++)
            {
                var next = fasta.Fetch(chrom, start + deleted.Length, start + deleted.Length);
                if (next.Length == 0 || next[0] != deleted[0])
                {
                    break;
                }

                deleted = deleted[1..] + next;
                start++;
            }
        }

        var end = start + deleted.Length - 1;
        return end == start ? Invariant($"{start}del") : Invariant($"{start}_{end}del");
    }

    // 'after' is the last reference base before the inserted sequence.
    private static string Insertion(string chrom, long after, string inserted, IndexedFastaReader? fasta)
    {
        if (fasta is not null)
        {
            for (var i = 0; i < MaxShift; i++)
            {
                var next = fasta.Fetch(chrom, after + 1, after + 1);
                if (next.Length == 0 || next[0] != inserted[0])
                {
                    break;
                }

                inserted = inserted[1..] + next;
                after++;
            }

            var preceding = fasta.Fetch(chrom, after - inserted.Length + 1, after);
            if (string.Equals(preceding, inserted, StringComparison.Ordinal))
            {
                var from = after - inserted.Length + 1;
                return from == after ? Invariant($"{after}dup") : Invariant($"{from}_{after}dup");
            }
        }

        return Invariant($"{after}_{after + 1}ins{inserted}");
    }

    private static string Invariant(FormattableString value) => value.ToString(CultureInfo.InvariantCulture);
}

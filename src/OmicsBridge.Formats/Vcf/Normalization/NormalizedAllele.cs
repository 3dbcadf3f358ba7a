namespace OmicsBridge.Formats.Vcf.Normalization;

/// <summary>A REF/ALT pair after trimming (and left-alignment when a FASTA was given).</summary>
/// <param name="Position">1-based position of the first REF base.</param>
/// <param name="Ref">Normalised REF.</param>
/// <param name="Alt">Normalised ALT.</param>
/// <param name="RefMatchesFasta">False when REF differs from the FASTA (VCF022); null without a FASTA or for symbolic alleles.</param>
public sealed record NormalizedAllele(long Position, string Ref, string Alt, bool? RefMatchesFasta);

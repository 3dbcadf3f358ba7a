using System.Globalization;

namespace OmicsBridge.Formats.Vcf;

/// <summary>
/// The lake's <c>variant_key</c>: <c>chrom-pos-ref-alt</c> with the canonical contig name of <see cref="GenomeAssemblies"/>
/// (<c>17-43045712-G-A</c>), on a normalised biallelic allele. The assembly is kept beside it (not in the string),
/// as gnomAD does; <see cref="ToQualifiedString"/> adds it for cross-assembly joins.
/// </summary>
/// <param name="Assembly">The assembly the position refers to.</param>
/// <param name="Chrom">Canonical contig (<c>1</c>…<c>22</c>, <c>X</c>, <c>Y</c>, <c>MT</c>, others chr-less).</param>
/// <param name="Position">1-based position.</param>
/// <param name="Ref">REF bases (upper case) or as written for symbolic records.</param>
/// <param name="Alt">ALT bases, or the symbolic allele / breakend as written.</param>
public sealed record VariantKey(GenomeAssembly Assembly, string Chrom, long Position, string Ref, string Alt)
{
    /// <summary>Builds a key, canonicalising the contig name.</summary>
    public static VariantKey Create(GenomeAssembly assembly, string chrom, long position, string reference, string alt) =>
        new(assembly, GenomeAssemblies.CanonicalContig(chrom), position, reference, alt);

    /// <summary><c>chrom-pos-ref-alt</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Chrom}-{Position}-{Ref}-{Alt}");

    /// <summary><c>GRCh38:chrom-pos-ref-alt</c>.</summary>
    public string ToQualifiedString() => Assembly + ":" + ToString();
}

using OmicsBridge.Formats.Vcf.Normalization;

namespace OmicsBridge.Formats.Vcf;

/// <summary>
/// Splits multi-allelic records into one biallelic view per ALT, matching <c>bcftools norm -m-</c>
/// (vcfnorm.c <c>split_multiallelic_to_biallelics</c>, default <c>--multi-overlaps 0</c>).
/// </summary>
/// <remarks>
/// GT: the ALT being kept becomes 1, REF and every other ALT become 0, missing stays missing, phase is kept.
/// Number=A keeps the ALT's value; Number=R keeps REF's and the ALT's; Number=G keeps the genotypes 0/0, 0/a, a/a
/// (haploid: 0, a); other Numbers are copied. A list with the wrong count becomes <c>.</c> (bcftools errors there).
/// </remarks>
public static class VcfAlleleSplitter
{
    /// <summary>One view per ALT; empty for a reference-only record (ALT <c>.</c>).</summary>
    public static IReadOnlyList<VcfSplitAllele> Split(VcfRecord record, VcfNormalizer? normalizer = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        var result = new VcfSplitAllele[record.AltCount];
        normalizer ??= s_trimOnly;
        var reference = record.Ref;
        for (var i = 1; i <= record.AltCount; i++)
        {
            var normalized = normalizer.Normalize(record.Chrom, record.Position, reference, record.GetAlt(i));
            result[i - 1] = new VcfSplitAllele(record, i, normalized);
        }

        return result;
    }

    /// <summary>Splits a comma-separated value for the ALT <paramref name="altIndex"/> (1-based).</summary>
    public static string SplitValue(string value, VcfNumberKind number, int altIndex, int alleleCount, int ploidy)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value == "." || number is VcfNumberKind.Fixed or VcfNumberKind.Unbounded)
        {
            return value;
        }

        var items = value.Split(',');
        string Item(int i) => i < items.Length ? items[i] : ".";
        switch (number)
        {
            case VcfNumberKind.PerAltAllele:
                return items.Length == alleleCount - 1 ? Item(altIndex - 1) : ".";
            case VcfNumberKind.PerAllele:
                return items.Length == alleleCount ? Item(0) + "," + Item(altIndex) : ".";
            default:
                if (items.Length == alleleCount && ploidy == 1)
                {
                    return Item(0) + "," + Item(altIndex);
                }

                if (items.Length == VcfFieldDefinition.GenotypeCount(alleleCount, 2))
                {
                    // bcf_alleles2gt(a, b) = b(b+1)/2 + a for a <= b.
                    var het = altIndex * (altIndex + 1) / 2;
                    return Item(0) + "," + Item(het) + "," + Item(het + altIndex);
                }

                return ".";
        }
    }

    private static readonly VcfNormalizer s_trimOnly = new();
}

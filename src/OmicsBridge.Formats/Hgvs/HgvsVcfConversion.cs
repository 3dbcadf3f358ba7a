namespace OmicsBridge.Formats.Hgvs;

/// <summary>The result of <see cref="HgvsVcfConverter.ToVcf"/>: the alleles, or what is missing to produce them.</summary>
/// <param name="Status">Whether it worked, and if not why.</param>
/// <param name="Variant">The VCF-style variant (see <see cref="HgvsVcfStatus"/> for the unanchored form); null when not known.</param>
/// <param name="Reason">Why the status is not <see cref="HgvsVcfStatus.Converted"/>; empty when it is.</param>
/// <param name="NeededStart">First 1-based reference position whose base is needed; null when nothing is needed.</param>
/// <param name="NeededEnd">Last 1-based reference position whose base is needed.</param>
public sealed record HgvsVcfConversion(
    HgvsVcfStatus Status,
    VcfStyleVariant? Variant,
    string Reason,
    long? NeededStart = null,
    long? NeededEnd = null);

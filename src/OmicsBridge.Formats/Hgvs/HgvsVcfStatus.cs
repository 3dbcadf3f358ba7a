namespace OmicsBridge.Formats.Hgvs;

/// <summary>The outcome of turning an HGVS g. description into VCF-style alleles.</summary>
public enum HgvsVcfStatus
{
    /// <summary>Converted: <see cref="HgvsVcfConversion.Variant"/> is a valid VCF record (anchored where VCF needs it).</summary>
    Converted,

    /// <summary>
    /// The changed bases are known, but VCF needs the unchanged base before an insertion or deletion, which the
    /// description does not state. <see cref="HgvsVcfConversion.Variant"/> holds the unanchored (minimal) alleles,
    /// one of them empty; <see cref="HgvsVcfConversion.NeededStart"/> names the base to look up.
    /// </summary>
    NeedsAnchorBase,

    /// <summary>The reference bases are not stated (<c>g.123_125del</c>, <c>g.123dup</c>); look up the needed range.</summary>
    NeedsReference,

    /// <summary>The description cannot be a VCF record (not g., not a chromosome accession, uncertain, repeat, allele list ...).</summary>
    Unsupported,
}

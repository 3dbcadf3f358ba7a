namespace OmicsBridge.Formats.Hgvs;

/// <summary>How two neighbouring alleles of a description relate.</summary>
public enum HgvsPhase
{
    /// <summary><c>];[</c>: on different chromosomes (in trans).</summary>
    Trans,

    /// <summary><c>(;)</c>: not known whether in cis or in trans.</summary>
    Unknown,
}

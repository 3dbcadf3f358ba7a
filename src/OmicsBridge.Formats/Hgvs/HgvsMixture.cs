namespace OmicsBridge.Formats.Hgvs;

/// <summary>How the parts of a <see cref="HgvsChange"/> coexist in a sample.</summary>
public enum HgvsMixture
{
    /// <summary>One description.</summary>
    None,

    /// <summary><c>/</c>: mosaic (<c>c.[=/83G&gt;C]</c>).</summary>
    Mosaic,

    /// <summary><c>//</c>: chimeric (<c>c.[=//83G&gt;C]</c>).</summary>
    Chimeric,
}

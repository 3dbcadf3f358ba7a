namespace OmicsBridge.Formats.Hgvs;

/// <summary>What an edit does.</summary>
public enum HgvsEditKind
{
    /// <summary><c>76A&gt;C</c>; for proteins <c>Trp24Cys</c>, <c>Trp24Ter</c> (nonsense).</summary>
    Substitution,

    /// <summary><c>del</c>.</summary>
    Deletion,

    /// <summary><c>dup</c>.</summary>
    Duplication,

    /// <summary><c>ins</c>.</summary>
    Insertion,

    /// <summary><c>delins</c>.</summary>
    DeletionInsertion,

    /// <summary><c>inv</c>.</summary>
    Inversion,

    /// <summary><c>con</c> (gene conversion).</summary>
    Conversion,

    /// <summary>Repeated sequence: <c>CAG[23]</c>, <c>CAG[19]CAA[4]</c>, <c>Gln18[23]</c>.</summary>
    Repeat,

    /// <summary><c>=</c>: no change (<c>c.76=</c>, <c>p.Leu54=</c>, <c>c.=</c>).</summary>
    Identity,

    /// <summary><c>?</c>: unknown effect (<c>c.?</c>, <c>p.?</c>, <c>p.Met1?</c>).</summary>
    Unknown,

    /// <summary><c>0</c>: no product (<c>p.0</c>, <c>r.0</c>) or, in an allele, no second copy (<c>c.[76A&gt;C];[0]</c>).</summary>
    NoProduct,

    /// <summary><c>spl</c>: RNA splicing affected (<c>r.spl</c>).</summary>
    Splicing,

    /// <summary>Protein frame shift: <c>Arg97ProfsTer23</c>, <c>Arg97fs</c>.</summary>
    Frameshift,

    /// <summary>Protein extension: <c>Ter110GlnextTer17</c>, <c>Met1ext-5</c>.</summary>
    Extension,
}

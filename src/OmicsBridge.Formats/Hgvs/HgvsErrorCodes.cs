namespace OmicsBridge.Formats.Hgvs;

/// <summary>The codes an <see cref="HgvsParseError"/> can carry; never reused, documented in docs/formats/hgvs.md.</summary>
public static class HgvsErrorCodes
{
    /// <summary>The text is empty or white space.</summary>
    public const string Empty = "HGVS001";

    /// <summary>The reference sequence identifier is malformed, or the ':' after it is missing.</summary>
    public const string Reference = "HGVS002";

    /// <summary>The coordinate type prefix (g., o., m., c., n., r., p.) is missing or unknown.</summary>
    public const string Type = "HGVS003";

    /// <summary>A position was expected.</summary>
    public const string Position = "HGVS004";

    /// <summary>A nucleotide was expected (or one of the wrong alphabet was given: T in RNA, U in DNA).</summary>
    public const string Nucleotide = "HGVS005";

    /// <summary>An amino acid code was expected.</summary>
    public const string AminoAcid = "HGVS006";

    /// <summary>An edit (&gt;, del, ins, dup, inv, delins, con, =, [n] ...) was expected.</summary>
    public const string Edit = "HGVS007";

    /// <summary>A closing ')' or ']' was expected.</summary>
    public const string Bracket = "HGVS008";

    /// <summary>Text continues after a complete description.</summary>
    public const string Trailing = "HGVS009";

    /// <summary>A number (count, length, stop position) was expected.</summary>
    public const string Number = "HGVS010";

    /// <summary>The position form is not allowed in this coordinate system (offsets or '*' in g., m., o.; '*' in n.).</summary>
    public const string PositionForm = "HGVS011";

    /// <summary>Descriptions of one allele list mix coordinate types (c.[76A&gt;C];g.[...]).</summary>
    public const string MixedTypes = "HGVS012";

    /// <summary>A number is too large.</summary>
    public const string Overflow = "HGVS013";
}

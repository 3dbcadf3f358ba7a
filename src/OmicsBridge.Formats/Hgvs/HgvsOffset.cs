namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// An intronic (or flanking) offset from a transcript position: <c>+4</c> in <c>c.123+4</c>, <c>-2</c> in
/// <c>c.124-2</c>, <c>-?</c> in <c>c.88-?</c>.
/// </summary>
/// <param name="Sign">+1 (downstream of the exon position) or -1 (upstream).</param>
/// <param name="Distance">Number of nucleotides, or null when written as <c>?</c>.</param>
public sealed record HgvsOffset(int Sign, long? Distance)
{
    /// <summary>The signed offset, or null when the distance is unknown.</summary>
    public long? Value => Distance is null ? null : Sign * Distance.Value;
}

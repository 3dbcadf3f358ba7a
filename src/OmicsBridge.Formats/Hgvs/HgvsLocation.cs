namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// Where an edit applies: a position (<c>76</c>), a range (<c>76_78</c>), or a range with uncertain ends
/// (<c>(123_125)_(130_132)</c>, <c>(222_226)</c>).
/// </summary>
/// <param name="Start">The first (or only) bound.</param>
/// <param name="End">The last bound; null when the location is a single bound.</param>
public sealed record HgvsLocation(HgvsBound Start, HgvsBound? End = null)
{
    /// <summary>Creates a location of one definite position.</summary>
    public static HgvsLocation At(HgvsPosition position) => new(new HgvsBound(position));

    /// <summary>Creates a location of a definite range.</summary>
    public static HgvsLocation Range(HgvsPosition start, HgvsPosition end) => new(new HgvsBound(start), new HgvsBound(end));

    /// <summary>Both ends are single, known positions (no <c>?</c>, no parenthesised range).</summary>
    public bool IsDefinite =>
        !Start.IsUncertain && !Start.Low.IsUnknown && (End is null || (!End.IsUncertain && !End.Low.IsUnknown));

    /// <summary>The first position (the low end of the start bound).</summary>
    public HgvsPosition First => Start.Low;

    /// <summary>The last position (the end bound's high end, else the start bound's high end, else the start).</summary>
    public HgvsPosition Last => End is not null ? End.High ?? End.Low : Start.High ?? Start.Low;
}

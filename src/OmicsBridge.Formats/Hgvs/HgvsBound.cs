namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// One end of a location: a single position (<c>123</c>) or, when the exact position is not known, a parenthesised
/// range it lies in (<c>(123_125)</c>, <c>(?_-1)</c>).
/// </summary>
/// <param name="Low">The position, or the first position of the uncertain range.</param>
/// <param name="High">The last position of the uncertain range; null for a single position.</param>
public sealed record HgvsBound(HgvsPosition Low, HgvsPosition? High = null)
{
    /// <summary>The bound is an uncertain, parenthesised range.</summary>
    public bool IsUncertain => High is not null;
}

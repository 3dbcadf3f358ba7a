namespace OmicsBridge.Formats.Hgvs;

/// <summary>One unit of a repeated sequence with its copy number: <c>CAG[23]</c>, <c>GT[(9_13)]</c>.</summary>
/// <param name="Sequence">The repeat unit as written; empty when only the location is given (<c>p.Gln18[23]</c>).</param>
/// <param name="Copies">The number of copies.</param>
public sealed record HgvsRepeatUnit(string Sequence, HgvsCount Copies);

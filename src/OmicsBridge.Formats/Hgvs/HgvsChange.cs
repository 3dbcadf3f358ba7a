namespace OmicsBridge.Formats.Hgvs;

/// <summary>One variant within an allele: a single description, or a mosaic/chimeric set of them.</summary>
/// <param name="Parts">One description, or the descriptions separated by <c>/</c> or <c>//</c>.</param>
/// <param name="Mixture">The separator used between <paramref name="Parts"/>.</param>
public sealed record HgvsChange(IReadOnlyList<HgvsPosEdit> Parts, HgvsMixture Mixture = HgvsMixture.None);

namespace OmicsBridge.Analytics.Survival;

/// <summary>The result of <see cref="ProportionalHazardsTest"/>: one row per term and the GLOBAL test.</summary>
public sealed record ProportionalHazardsResult(IReadOnlyList<ProportionalHazardsTerm> Terms, ProportionalHazardsTerm Global, string Transform);

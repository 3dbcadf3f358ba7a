namespace OmicsBridge.Cohorts.Definition;

/// <summary>A gene-level copy-number call of <see cref="Gene"/> that is one of <see cref="Calls"/>.</summary>
public sealed record CopyNumberCriterion(string Gene, IReadOnlyList<CopyNumberCall> Calls) : Criterion;

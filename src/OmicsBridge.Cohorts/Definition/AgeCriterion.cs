namespace OmicsBridge.Cohorts.Definition;

/// <summary>Age in whole years at the index date (or, without an index event, at the lake snapshot's date).</summary>
public sealed record AgeCriterion(Comparison Age) : Criterion;

namespace OmicsBridge.Cohorts.Definition;

/// <summary>A cohort: the criteria every member meets, and the optional index event time windows are measured from.</summary>
public sealed record CohortDefinition(Criterion Criteria, IndexEvent? Index = null, string? Name = null, string? Description = null);

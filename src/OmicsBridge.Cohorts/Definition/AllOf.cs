namespace OmicsBridge.Cohorts.Definition;

/// <summary>Patients meeting every child criterion (an empty list matches everyone).</summary>
public sealed record AllOf(IReadOnlyList<Criterion> Items) : Criterion;

namespace OmicsBridge.Cohorts.Definition;

/// <summary>Patients meeting at least one child criterion.</summary>
public sealed record AnyOf(IReadOnlyList<Criterion> Items) : Criterion;

namespace OmicsBridge.Cohorts.Definition;

/// <summary>Patients meeting none of the child criteria; <c>not X</c> is <c>none: [X]</c>.</summary>
public sealed record NoneOf(IReadOnlyList<Criterion> Items) : Criterion;

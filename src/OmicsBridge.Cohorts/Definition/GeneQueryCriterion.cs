namespace OmicsBridge.Cohorts.Definition;

/// <summary>An OQL query as written (<see cref="Oql"/>) and the criteria it stands for (<see cref="Expansion"/>).</summary>
public sealed record GeneQueryCriterion(string Oql, Criterion Expansion) : Criterion;

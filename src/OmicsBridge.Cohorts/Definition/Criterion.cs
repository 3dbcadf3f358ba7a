namespace OmicsBridge.Cohorts.Definition;

/// <summary>
/// One node of a cohort definition: a patient-level predicate. The YAML/JSON document, the one-line <c>--where</c>
/// grammar and OQL all produce this tree; only the compiler turns it into SQL.
/// </summary>
public abstract record Criterion;

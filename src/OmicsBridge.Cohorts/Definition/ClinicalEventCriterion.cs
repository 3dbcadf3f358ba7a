namespace OmicsBridge.Cohorts.Definition;

/// <summary>
/// A coded condition, observation, medication or procedure, optionally with a value test (observations), a unit, a window
/// relative to the index date and a minimum number of occurrences.
/// </summary>
public sealed record ClinicalEventCriterion(
    ClinicalDomain Domain,
    CodeMatch Code,
    Comparison? Value = null,
    string? Unit = null,
    TemporalWindow? Window = null,
    int MinOccurrences = 1) : Criterion;

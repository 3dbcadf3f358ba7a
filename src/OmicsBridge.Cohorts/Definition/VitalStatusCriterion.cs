namespace OmicsBridge.Cohorts.Definition;

/// <summary>Deceased (patient.deceased is true or a death date is known) or alive (neither).</summary>
public sealed record VitalStatusCriterion(bool Deceased) : Criterion;

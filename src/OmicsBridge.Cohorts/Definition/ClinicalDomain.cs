namespace OmicsBridge.Cohorts.Definition;

/// <summary>The coded clinical tables a criterion can read.</summary>
public enum ClinicalDomain
{
    Condition,
    Observation,
    Medication,
    Procedure,
}

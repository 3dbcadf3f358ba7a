namespace OmicsBridge.Cohorts.Running;

/// <summary>The members of a cohort and exactly what they were read from: the lake version and every table's Delta version.</summary>
public sealed record CohortMembers(
    IReadOnlyList<string> PatientIds,
    long LakeVersion,
    IReadOnlyDictionary<string, long> TableVersions,
    IReadOnlyList<string> TablesRead,
    string Definition,
    string? Index,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> EmptyCriteria);

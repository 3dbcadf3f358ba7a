namespace OmicsBridge.Cohorts.Running;

/// <summary>
/// The size of a cohort on one lake version, with the compiler's warnings and, when nobody matched, the criteria that
/// matched no patient on their own. <see cref="Count"/> is null when the gate hid a small count from this caller
/// (small-cell suppression for pseudonymised readers).
/// </summary>
public sealed record CohortCount(
    long? Count,
    long LakeVersion,
    string Definition,
    string? Index,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> EmptyCriteria);

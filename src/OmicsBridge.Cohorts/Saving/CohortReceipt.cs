namespace OmicsBridge.Cohorts.Saving;

/// <summary>
/// What a saved cohort version was: the definition (canonical text, its SHA-256, the document as written), the members
/// and exactly what they were read from (the lake version and every table's Delta version). Re-running the definition
/// with <c>--as-of LakeVersion</c> gives the same members.
/// </summary>
public sealed record CohortReceipt(
    string Name,
    int Version,
    DateTimeOffset SavedAt,
    string Definition,
    string DefinitionHash,
    string? Document,
    string? Index,
    long LakeVersion,
    IReadOnlyDictionary<string, long> TableVersions,
    IReadOnlyList<string> TablesRead,
    int MemberCount,
    string MembersFile,
    IReadOnlyList<string> Warnings);

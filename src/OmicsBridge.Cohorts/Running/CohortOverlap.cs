namespace OmicsBridge.Cohorts.Running;

/// <summary>
/// Modality overlap of a cohort: members per exact combination (the data behind an UpSet chart), members per modality,
/// and for each member without every modality present in the cohort, the ones it lacks.
/// </summary>
public sealed record CohortOverlap(
    long Members,
    IReadOnlyList<ModalityCombination> Combinations,
    IReadOnlyDictionary<string, long> PerModality,
    IReadOnlyList<(string PatientId, IReadOnlyList<string> Missing)> Lacking,
    long LakeVersion);

namespace OmicsBridge.Cohorts.Running;

/// <summary>One set of modalities (an UpSet bar): the members with exactly these modalities and no other.</summary>
public sealed record ModalityCombination(IReadOnlyList<string> Modalities, long Patients);

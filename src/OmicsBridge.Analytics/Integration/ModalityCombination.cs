namespace OmicsBridge.Analytics.Integration;

/// <summary>How many patients have exactly this set of modalities (an UpSet bar, distinct mode).</summary>
public sealed record ModalityCombination(IReadOnlyList<string> Modalities, int Patients);

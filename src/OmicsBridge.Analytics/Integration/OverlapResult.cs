namespace OmicsBridge.Analytics.Integration;

/// <summary>What <see cref="OverlapAnalysis.Analyze"/> found.</summary>
/// <param name="Pattern">The overlap class.</param>
/// <param name="Modalities">Modality names with at least one patient, ordinal order.</param>
/// <param name="PatientsPerModality">Patients with each modality, in <paramref name="Modalities"/> order.</param>
/// <param name="Combinations">Exact modality combinations with their patient counts, largest first.</param>
/// <param name="Patients">Patients with at least one modality.</param>
/// <param name="CompleteCases">Patients with every modality.</param>
/// <param name="MultiModalPatients">Patients with two or more modalities.</param>
/// <param name="Recommendation">The strategy family suggested for this pattern and its reasons.</param>
public sealed record OverlapResult(
    OverlapPattern Pattern,
    IReadOnlyList<string> Modalities,
    IReadOnlyList<int> PatientsPerModality,
    IReadOnlyList<ModalityCombination> Combinations,
    int Patients,
    int CompleteCases,
    int MultiModalPatients,
    StrategyRecommendation Recommendation);

namespace OmicsBridge.Analytics.Integration;

/// <summary>What <see cref="LateIntegration.ClusterOfClusters"/> returns.</summary>
/// <param name="PatientIds">Every patient with at least one modality, ordinal order.</param>
/// <param name="ModalityClusters">Per modality, each patient's 1-based cluster in that modality alone, 0 when the patient lacks it.</param>
/// <param name="Clusters">The combined 1-based cluster per patient.</param>
/// <param name="Agreement">Patients × patients: the fraction of the modalities both have that put them together (0 when none shared).</param>
public sealed record LateIntegrationResult(
    IReadOnlyList<string> PatientIds,
    IReadOnlyDictionary<string, int[]> ModalityClusters,
    int[] Clusters,
    double[,] Agreement);

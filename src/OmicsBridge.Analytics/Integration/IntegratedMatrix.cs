namespace OmicsBridge.Analytics.Integration;

/// <summary>The early-integration matrix: patients × concatenated features, with per-modality presence masks.</summary>
/// <param name="PatientIds">Row ids, ordinal order.</param>
/// <param name="FeatureIds">Column ids as <c>modality:feature</c>.</param>
/// <param name="FeatureModality">Modality of each column.</param>
/// <param name="Values">Scaled values; NaN where the patient lacks the modality (see <paramref name="Masks"/>).</param>
/// <param name="Masks">Per modality, per patient: whether the patient has that modality.</param>
public sealed record IntegratedMatrix(
    IReadOnlyList<string> PatientIds,
    IReadOnlyList<string> FeatureIds,
    IReadOnlyList<string> FeatureModality,
    double[,] Values,
    IReadOnlyDictionary<string, bool[]> Masks);

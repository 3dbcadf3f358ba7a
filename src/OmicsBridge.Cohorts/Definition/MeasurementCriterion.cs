namespace OmicsBridge.Cohorts.Definition;

/// <summary>
/// A molecular_measurement value of one feature passing <see cref="Test"/>; with <see cref="ZScore"/> the value is first
/// standardised over every measured assay of that feature and modality in the snapshot (the within-cohort z-score
/// cBioPortal's <c>EXP</c>/<c>PROT</c> thresholds mean).
/// </summary>
public sealed record MeasurementCriterion(
    MeasurementKind Kind,
    string Feature,
    Comparison Test,
    bool ZScore = false,
    string? FeatureNamespace = null) : Criterion;

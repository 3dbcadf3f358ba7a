namespace OmicsBridge.Cohorts.Definition;

/// <summary>Quantitative molecular data in molecular_measurement, by the modality it is stored under.</summary>
public enum MeasurementKind
{
    Expression,
    Protein,
    Metabolite,
    Methylation,
}

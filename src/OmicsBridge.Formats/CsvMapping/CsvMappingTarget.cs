namespace OmicsBridge.Formats.CsvMapping;

/// <summary>The lake table a mapped extract fills.</summary>
public enum CsvMappingTarget
{
    Patient,
    Condition,
    Observation,
    Medication,
    Procedure,
    Encounter,
}

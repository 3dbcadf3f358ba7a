namespace OmicsBridge.Formats.CsvMapping;

/// <summary>The standard code a local code stands for.</summary>
public sealed class CsvCodeMapping
{
    /// <summary>Vocabulary id: LOINC, SNOMED, ICD10CM, RxNorm, … (a FHIR system URI is accepted too).</summary>
    public string Vocabulary { get; set; } = "";

    public string Code { get; set; } = "";

    public string? Display { get; set; }
}

namespace OmicsBridge.Formats.CsvMapping;

/// <summary>The patient identifier column of an extract and the identifier system its values belong to.</summary>
public sealed class CsvPatientMapping
{
    public string? Column { get; set; }

    /// <summary>The system (an MRN namespace, a URI); <c>identity.default_system</c> when not given.</summary>
    public string? System { get; set; }
}

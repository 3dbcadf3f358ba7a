using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.CsvMapping;

/// <summary>
/// A declarative mapping from a legacy CSV/TSV extract to one clinical table (docs/formats/csv-mapping.md): which column
/// names the patient, which column (or constant) fills each field, date formats, value tables and local-code maps.
/// </summary>
public sealed class CsvMappingSpec
{
    /// <summary>Fields each target accepts; <c>code</c> is required for coded targets.</summary>
    public static readonly IReadOnlyDictionary<CsvMappingTarget, string[]> FieldsByTarget = new Dictionary<CsvMappingTarget, string[]>
    {
        [CsvMappingTarget.Patient] = ["sex", "birth_date", "deceased", "death_date", "last_contact_date"],
        [CsvMappingTarget.Condition] = ["code", "vocabulary", "display", "onset_date", "abatement_date", "clinical_status", "verification_status", "encounter"],
        [CsvMappingTarget.Observation] = ["code", "vocabulary", "display", "value", "unit", "effective_time", "status", "category", "reference_range", "interpretation", "encounter"],
        [CsvMappingTarget.Medication] = ["code", "vocabulary", "display", "kind", "start_date", "end_date", "status", "dose", "route", "encounter"],
        [CsvMappingTarget.Procedure] = ["code", "vocabulary", "display", "performed_date", "status", "encounter"],
        [CsvMappingTarget.Encounter] = ["class", "code", "vocabulary", "display", "start_time", "end_time", "status"],
    };

    public CsvMappingTarget Target { get; set; }

    /// <summary>The field separator; detected from the header when not given.</summary>
    public char? Delimiter { get; set; }

    /// <summary>The column holding the patient identifier, and its system (canonicalised by identity.system_aliases).</summary>
    public CsvPatientMapping Patient { get; set; } = new();

    /// <summary>The column with the record's id in the source; the line number when not given.</summary>
    public string? IdColumn { get; set; }

    /// <summary>Formats tried for every date field without its own (.NET custom formats, invariant culture).</summary>
    public List<string> DateFormats { get; set; } = ["yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.fffK"];

    public Dictionary<string, CsvFieldMapping> Fields { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, CsvCodeMap> CodeMaps { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Checks the mapping against its target; throws a usage error naming every problem.</summary>
    public void Validate(string source)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Patient.Column))
        {
            problems.Add("patient.column is required (the column with the patient identifier)");
        }

        var allowed = FieldsByTarget[Target];
        foreach (var (name, field) in Fields)
        {
            if (!allowed.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"field '{name}' is not a field of {Target.ToString().ToLowerInvariant()} (known: {string.Join(", ", allowed)})");
            }

            if (field.Column is null && field.Value is null)
            {
                problems.Add($"field '{name}' needs a column or a value");
            }

            if (field.Map is not null && !CodeMaps.ContainsKey(field.Map))
            {
                problems.Add($"field '{name}' uses code map '{field.Map}', which code_maps does not define");
            }
        }

        if (Target != CsvMappingTarget.Patient && Target != CsvMappingTarget.Encounter && !Fields.ContainsKey("code"))
        {
            problems.Add($"a {Target.ToString().ToLowerInvariant()} mapping needs a 'code' field");
        }

        if (problems.Count > 0)
        {
            throw OmicsBridgeException.Usage($"{source}: the CSV mapping is not usable: {string.Join("; ", problems)}.");
        }
    }
}

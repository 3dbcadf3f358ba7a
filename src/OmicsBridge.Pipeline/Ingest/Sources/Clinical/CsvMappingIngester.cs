using System.Globalization;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.CsvMapping;

namespace OmicsBridge.Pipeline.Ingest.Sources.Clinical;

/// <summary>
/// Legacy CSV/TSV extracts read through a declarative mapping (docs/formats/csv-mapping.md) → one of <c>patient</c>,
/// <c>condition</c>, <c>observation</c>, <c>medication</c>, <c>procedure</c>, <c>encounter</c>. A record is one row.
/// </summary>
/// <remarks>
/// CM1 the mapping is given (<c>ingest csv --mapping MAP.yaml</c>), else found beside the extract as
/// <c>&lt;extract name&gt;.mapping.yaml</c> or <c>&lt;stem&gt;.mapping.yaml</c>; without one the file is refused.
/// CM2 the patient column's values are identifiers in the mapping's system (canonicalised by identity.system_aliases),
/// so an MRN column joins the same person as a FHIR MRN URI or an HL7 assigning authority.
/// </remarks>
public sealed class CsvMappingIngester(string? mappingPath = null) : ISourceIngester
{
    public string Kind => "csv";

    /// <summary>Never auto-detected: a plain CSV says nothing about which table it belongs to.</summary>
    public bool Recognizes(string fileName, ReadOnlySpan<byte> head) => false;

    public void Ingest(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Unit = "rows";
        var mapping = CsvMappingLoader.Load(FindMapping(context.File.OriginalPath));
        context.Patients.DeferRows();
        var rows = new ClinicalRowWriter(context);
        using var reader = new CsvMappingReader(context.OpenRead(), context.File.Name, mapping.Spec, mapping.CodeMaps);
        var issuesSeen = 0;
        foreach (var mapped in reader.ReadRecords())
        {
            cancellationToken.ThrowIfCancellationRequested();
            issuesSeen = context.RecordIssues(reader.Issues, issuesSeen);
            Load(context, rows, mapped);
        }

        context.RecordIssues(reader.Issues, issuesSeen);
        var unapplied = context.Patients.Complete(context.Workspace);
        context.Note($"mapped to {mapping.Spec.Target.ToString().ToLowerInvariant()}");
        if (unapplied > 0)
        {
            context.Note(string.Create(CultureInfo.InvariantCulture, $"{unapplied:N0} patients' demographics arrived after their row was written in this run; ingest the file again to apply them"));
        }
    }

    private string FindMapping(string original)
    {
        if (mappingPath is not null)
        {
            return mappingPath;
        }

        var folder = Path.GetDirectoryName(original) ?? ".";
        var name = Path.GetFileName(original);
        var candidates = new[] { name + ".mapping.yaml", Path.GetFileNameWithoutExtension(name) + ".mapping.yaml" };
        foreach (var candidate in candidates)
        {
            var path = Path.Combine(folder, candidate);
            if (File.Exists(path))
            {
                return path;
            }
        }

        throw OmicsBridgeException.Usage($"{name}: a CSV extract needs a mapping: omicsbridge ingest csv {name} --mapping MAP.yaml (or put {candidates[1]} beside it).");
    }

    private static void Load(IngestContext context, ClinicalRowWriter rows, CsvMappedRecord mapped)
    {
        var identifier = context.Patients.Resolver.Canonicalize(mapped.PatientSystem, mapped.PatientValue);
        var record = mapped.Record;
        if (record is PatientRecord patient)
        {
            context.Patients.Resolve([identifier], context.Kind,
                ClinicalSubjects.Demographics(patient) with { LastContactDate = mapped.LastContactDate });
            context.Accept();
            return;
        }

        var patientId = context.Patients.Resolve([identifier], context.Kind)!;
        if (ClinicalSubjects.ContactDate(record) is { } contact)
        {
            context.Patients.Describe(patientId, new PatientDemographics { LastContactDate = contact });
        }

        var loaded = record switch
        {
            ConditionRecord condition => rows.Condition(condition, patientId, "code"),
            ObservationRecord observation => rows.Observation(observation, patientId, "code", "value"),
            MedicationRecord medication => rows.Medication(medication, patientId, "code"),
            ProcedureRecord procedure => rows.Procedure(procedure, patientId, "code"),
            EncounterRecord encounter => WriteEncounter(rows, encounter, patientId),
            _ => false,
        };
        if (loaded)
        {
            context.Accept();
        }
    }

    private static bool WriteEncounter(ClinicalRowWriter rows, EncounterRecord encounter, string patientId)
    {
        rows.Encounter(encounter, patientId);
        return true;
    }
}

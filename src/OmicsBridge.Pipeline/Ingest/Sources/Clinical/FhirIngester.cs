using System.Globalization;
using System.IO.Compression;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Fhir;

namespace OmicsBridge.Pipeline.Ingest.Sources.Clinical;

/// <summary>
/// FHIR R4 JSON (a resource, a Bundle, NDJSON bulk export, gzip accepted) → <c>patient</c>, <c>patient_identifier</c>,
/// <c>encounter</c>, <c>condition</c>, <c>observation</c>, <c>medication</c>, <c>procedure</c>, <c>consent</c> and
/// <c>sample</c> (Specimen). A record is one resource (or one unreadable document / Bundle entry).
/// </summary>
/// <remarks>
/// FI1 the subject resolves through the crosswalk (<see cref="ClinicalSubjects"/>): Patient.identifier systems are
/// canonicalised by <c>identity.system_aliases</c>, so a FHIR MRN URI and an HL7 assigning authority can be one system.
/// FI2 references are tracked across the files of a run; a reference still unresolved when a file ends is a FHIR005
/// warning (once per target). FI3 resources of types without a table (Organization, Practitioner, DiagnosticReport…)
/// are accepted and counted in a note. FI4 every reader issue lands in <c>reject</c>: errors count the resource
/// (or document, or entry) as rejected, warnings leave it loaded.
/// </remarks>
public sealed class FhirIngester : ISourceIngester
{
    private string? _runId;
    private FhirReferenceResolver _resolver = new();
    private HashSet<string> _reportedDangling = new(StringComparer.Ordinal);

    public string Kind => "fhir";

    public bool Recognizes(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.ToLowerInvariant();
        if (name.EndsWith(".ndjson", StringComparison.Ordinal) || name.EndsWith(".ndjson.gz", StringComparison.Ordinal))
        {
            return true;
        }

        return name.EndsWith(".json", StringComparison.Ordinal) && head.IndexOf("\"resourceType\""u8) >= 0;
    }

    public void Ingest(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Unit = "resources";
        if (_runId != context.RunId)
        {
            _runId = context.RunId;
            _resolver = new FhirReferenceResolver();
            _reportedDangling = new HashSet<string>(StringComparer.Ordinal);
        }

        context.Patients.DeferRows();
        var reader = new FhirResourceReader(_resolver);
        var rows = new ClinicalRowWriter(context);
        var tally = new Tally();
        var name = context.File.Name;
        Stream stream = context.OpenRead();
        if (name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        var stem = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        var records = stem.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || stem.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
            ? reader.ReadNdjson(stream, name)
            : reader.ReadJson(stream, name);
        foreach (var record in records)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Load(context, rows, record, tally);
        }

        var counts = reader.Counts;
        context.Accept(counts.Skipped);
        var issues = reader.Issues.ToList();
        foreach (var dangling in reader.CompleteReferences())
        {
            if (_reportedDangling.Add(dangling.Excerpt ?? dangling.Field ?? string.Empty))
            {
                issues.Add(dangling with { Message = dangling.Message + " (in the files of this run read so far)" });
            }
        }

        var entriesWithoutResource = issues.Count(i => i.Code == "FHIR003");
        DrainIssues(context, issues, counts.Rejected + counts.Unreadable + entriesWithoutResource);
        var unapplied = context.Patients.Complete(context.Workspace);

        if (counts.Skipped > 0)
        {
            context.Note(string.Create(CultureInfo.InvariantCulture, $"{counts.Skipped:N0} resources of types without a lake table (Organization, Practitioner, …) read for references only"));
        }

        if (tally.NotStored > 0)
        {
            context.Note(string.Create(CultureInfo.InvariantCulture, $"{tally.NotStored:N0} DiagnosticReport and genomics observations read but not stored: no lake mapping for them yet"));
        }

        if (unapplied > 0)
        {
            context.Note(string.Create(CultureInfo.InvariantCulture, $"{unapplied:N0} patients' demographics arrived after their row was written in this run; ingest the file again to apply them"));
        }
    }

    private static void Load(IngestContext context, ClinicalRowWriter rows, ClinicalRecord record, Tally tally)
    {
        var field = record.Source.EntryIndex is { } entry
            ? string.Create(CultureInfo.InvariantCulture, $"entry[{entry}].resource")
            : null;
        if (record is PatientRecord patient)
        {
            var identifiers = patient.Identifiers
                .Where(i => !string.IsNullOrWhiteSpace(i.Value))
                .Select(i => context.Patients.Resolver.Canonicalize(i.System, i.Value))
                .Append(new Harmonize.Identity.PatientIdentifier(ClinicalSubjects.FhirPatientSystem, patient.SourceId))
                .ToList();
            context.Patients.Resolve(identifiers, context.Kind, ClinicalSubjects.Demographics(patient));
            context.Accept();
            return;
        }

        if (record is DiagnosticReportRecord or GenomicVariantRecord or GenotypeRecord)
        {
            tally.NotStored++;
            context.Accept();
            return;
        }

        var subject = ClinicalSubjects.FromReference(context.Patients.Resolver, record.SubjectReference);
        var patientId = subject is { } s ? context.Patients.Resolve([s], context.Kind) : null;
        if (patientId is null)
        {
            context.Reject(ClinicalRowWriter.Issue("CLIN003", record.Source, Join(field, "subject"),
                $"{record.GetType().Name.Replace("Record", "", StringComparison.Ordinal)} does not name a Patient as its subject, so its row cannot be linked to a person",
                record.SubjectReference));
            return;
        }

        if (ClinicalSubjects.ContactDate(record) is { } contact)
        {
            context.Patients.Describe(patientId, new PatientDemographics { LastContactDate = contact });
        }

        var loaded = record switch
        {
            EncounterRecord encounter => Encounter(rows, encounter, patientId),
            ConditionRecord condition => rows.Condition(condition, patientId, Join(field, "code")),
            ObservationRecord observation => rows.Observation(observation, patientId, Join(field, "code"), Join(field, "value[x]")),
            MedicationRecord medication => rows.Medication(medication, patientId, Join(field, "medication[x]")),
            ProcedureRecord procedure => rows.Procedure(procedure, patientId, Join(field, "code")),
            ConsentRecord consent => Consent(rows, consent, patientId),
            SpecimenRecord specimen => Specimen(context, specimen, patientId),
            _ => Unexpected(tally),
        };
        if (loaded)
        {
            context.Accept();
        }
    }

    private static bool Encounter(ClinicalRowWriter rows, EncounterRecord encounter, string patientId)
    {
        rows.Encounter(encounter, patientId);
        return true;
    }

    private static bool Consent(ClinicalRowWriter rows, ConsentRecord consent, string patientId)
    {
        rows.Consent(consent, patientId);
        return true;
    }

    private static bool Unexpected(Tally tally)
    {
        tally.NotStored++;
        return true;
    }

    /// <summary>A Specimen becomes a <c>sample</c> (by accession, else first identifier, else its id) unless the lake has it.</summary>
    private static bool Specimen(IngestContext context, SpecimenRecord specimen, string patientId)
    {
        var sampleId = specimen.AccessionIdentifier
                       ?? specimen.Identifiers.FirstOrDefault(i => !string.IsNullOrWhiteSpace(i.Value))?.Value
                       ?? specimen.SourceId;
        if (!context.Samples.TryGetSample(sampleId, out _))
        {
            var type = specimen.Types.Count > 0 ? specimen.Types[0].Display ?? specimen.Types[0].Code : null;
            var site = specimen.BodySites.Count > 0 ? specimen.BodySites[0].Display ?? specimen.BodySites[0].Code : null;
            context.Samples.AddSample(new KnownSample(sampleId, patientId, context.File.Sha256, context.File.Name),
                type, site, specimen.CollectedAt?.Start, null);
        }

        return true;
    }

    /// <summary>
    /// Moves the reader's issues into reject. Errors are counted as rejected records, one per resource they concern
    /// (several errors on one resource count it once); <paramref name="rejectedRecords"/> is the reader's own count.
    /// </summary>
    private static void DrainIssues(IngestContext context, List<ParseIssue> issues, long rejectedRecords)
    {
        var seen = new HashSet<(long, string)>();
        long assigned = 0;
        foreach (var issue in issues)
        {
            if (issue.Severity < IssueSeverity.Error)
            {
                context.Warn(issue);
                continue;
            }

            var field = issue.Field ?? string.Empty;
            var cut = field.LastIndexOf("].resource", StringComparison.Ordinal);
            var key = (issue.Line, cut >= 0 ? field[..cut] : issue.Code == "FHIR003" ? field : string.Empty);
            var records = assigned < rejectedRecords && seen.Add(key) ? 1 : 0;
            assigned += records;
            context.Reject(issue, records);
        }

        var rest = rejectedRecords - assigned;
        if (rest > 0)
        {
            context.Reject(new ParseIssue("CLIN009", IssueSeverity.Error, context.File.Name, 0, null, null,
                string.Create(CultureInfo.InvariantCulture, $"{rest:N0} resources were rejected by the FHIR reader without a positioned issue")), rest);
        }
    }

    private static string? Join(string? prefix, string field) => prefix is null ? field : prefix + "." + field;

    private sealed class Tally
    {
        public long NotStored { get; set; }
    }
}

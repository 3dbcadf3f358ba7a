using System.Globalization;
using System.Text.Json;

namespace OmicsBridge.Demo.Generation;

/// <summary>
/// Writes the clinical truth as FHIR R4 NDJSON, one resource per line (Patient, Encounter, Condition, Observation,
/// MedicationRequest), references as <c>Patient/&lt;id&gt;</c>.
/// </summary>
/// <remarks>
/// One file with each Patient followed by its resources, not a file per type as a bulk export server writes: the ingest
/// settles a file's new patients when the file ends, so demographics (death date, and the last follow-up Encounter
/// that dates last_contact_date) arriving from a later file of the same run would wait for the next run.
/// Patient.identifier carries the MRN in <see cref="MrnSystem"/>, which the demo workspace aliases to <c>MRN</c>
/// (identity.system_aliases), so the same person from the HL7 feed and the CSV extracts resolves to one patient_id.
/// The olaparib response is a local code (<see cref="LocalSystem"/>, code <see cref="ResponseCode"/>) with the value
/// <c>PR</c> (partial response) or <c>PD</c> (progressive disease); no LOINC code states a drug response by itself.
/// </remarks>
public static class DemoFhirWriter
{
    public const string MrnSystem = "http://omicsbridge.example/fhir/mrn";

    public const string LocalSystem = "http://omicsbridge.example/fhir/CodeSystem/demo";

    public const string ResponseCode = "olaparib-response";

    public const string OlaparibRxNorm = "1597582";

    public const string MetforminRxNorm = "6809";

    public const string BreastCancerSnomed = "254837009";

    private const string Loinc = "http://loinc.org";
    private const string RxNorm = "http://www.nlm.nih.gov/research/umls/rxnorm";
    private const string Icd10Cm = "http://hl7.org/fhir/sid/icd-10-cm";
    private const string Ucum = "http://unitsofmeasure.org";

    private static readonly JsonWriterOptions s_options = new() { Indented = false, SkipValidation = false };

    /// <summary>Writes <c>clinical.ndjson</c> into <paramref name="folder"/> and returns its path.</summary>
    public static IReadOnlyList<string> Write(DemoClinicalTruth truth, string folder)
    {
        ArgumentNullException.ThrowIfNull(truth);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "clinical.ndjson");
        using var file = new NdjsonFile(path);
        foreach (var patient in truth.Patients)
        {
            WritePatient(file, patient);
            WriteEncounters(file, patient);
            WriteConditions(file, patient);
            WriteObservations(file, patient);
            WriteMedications(file, patient);
        }

        return [path];
    }

    /// <summary>How many resources <see cref="Write"/> produces for <paramref name="truth"/>.</summary>
    public static long CountResources(DemoClinicalTruth truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        return truth.Patients.Sum(p => 1L + 2 + 1 + (p.AlsoSnomed ? 1 : 0) + (p.DiabetesChannel == "fhir" ? 1 : 0)
            + p.Labs.Count(l => l.Channel == "fhir") + (p.OlaparibStart is null ? 0 : 2) + 1 + (p.DiabetesIcd10 is null ? 0 : 1));
    }

    private static string Id(DemoClinicalTruthPatient p) => "p" + p.Patient.Index.ToString("D6", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WritePatient(NdjsonFile file, DemoClinicalTruthPatient p)
    {
        var w = file.Begin();
        w.WriteString("resourceType", "Patient");
        w.WriteString("id", Id(p));
        w.WriteStartArray("identifier");
        w.WriteStartObject();
        w.WriteStartObject("type");
        Codings(w, "http://terminology.hl7.org/CodeSystem/v2-0203", "MR", "Medical record number");
        w.WriteEndObject();
        w.WriteString("system", MrnSystem);
        w.WriteString("value", p.Patient.Mrn);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("gender", p.Patient.Sex);
        w.WriteString("birthDate", Date(p.Patient.BirthDate));
        if (p.DeathDate is { } death)
        {
            w.WriteString("deceasedDateTime", Date(death));
        }

        file.End();
    }

    private static void WriteEncounters(NdjsonFile file, DemoClinicalTruthPatient p)
    {
        // The diagnosis visit, and the last follow-up visit that dates last_contact_date for survival.
        Encounter(file, p, "dx", p.Patient.DiagnosisDate);
        Encounter(file, p, "fu", p.LastFollowUp);
    }

    private static void Encounter(NdjsonFile file, DemoClinicalTruthPatient p, string suffix, DateOnly date)
    {
        var w = file.Begin();
        w.WriteString("resourceType", "Encounter");
        w.WriteString("id", Id(p) + "-" + suffix);
        w.WriteString("status", "finished");
        w.WriteStartObject("class");
        w.WriteString("system", "http://terminology.hl7.org/CodeSystem/v3-ActCode");
        w.WriteString("code", "AMB");
        w.WriteEndObject();
        Subject(w, p);
        w.WriteStartObject("period");
        w.WriteString("start", Date(date));
        w.WriteString("end", Date(date));
        w.WriteEndObject();
        file.End();
    }

    private static void WriteConditions(NdjsonFile file, DemoClinicalTruthPatient p)
    {
        Condition(file, p, "bc", Icd10Cm, p.BreastCancerIcd10, "Malignant neoplasm of breast", p.Patient.DiagnosisDate);
        if (p.AlsoSnomed)
        {
            Condition(file, p, "bcs", "http://snomed.info/sct", BreastCancerSnomed, "Malignant neoplasm of breast (disorder)", p.Patient.DiagnosisDate);
        }

        if (p.DiabetesChannel == "fhir" && p.DiabetesIcd10 is { } dm && p.DiabetesOnset is { } onset)
        {
            Condition(file, p, "dm", Icd10Cm, dm, dm == "E11.65" ? "Type 2 diabetes mellitus with hyperglycemia" : "Type 2 diabetes mellitus without complications", onset);
        }
    }

    private static void Condition(NdjsonFile file, DemoClinicalTruthPatient p, string suffix, string system, string code, string display, DateOnly onset)
    {
        var w = file.Begin();
        w.WriteString("resourceType", "Condition");
        w.WriteString("id", Id(p) + "-" + suffix);
        w.WriteStartObject("clinicalStatus");
        Codings(w, "http://terminology.hl7.org/CodeSystem/condition-clinical", "active", null);
        w.WriteEndObject();
        w.WriteStartObject("verificationStatus");
        Codings(w, "http://terminology.hl7.org/CodeSystem/condition-ver-status", "confirmed", null);
        w.WriteEndObject();
        w.WriteStartObject("code");
        Codings(w, system, code, display);
        w.WriteEndObject();
        Subject(w, p);
        w.WriteString("onsetDateTime", Date(onset));
        file.End();
    }

    private static void WriteObservations(NdjsonFile file, DemoClinicalTruthPatient p)
    {
        var n = 0;
        foreach (var lab in p.Labs)
        {
            n++;
            if (lab.Channel != "fhir")
            {
                continue;
            }

            var w = ObservationStart(file, p, n.ToString(CultureInfo.InvariantCulture), Loinc, lab.Loinc,
                lab.IsHbA1c ? "Hemoglobin A1c/Hemoglobin.total in Blood" : "Glucose [Mass/volume] in Serum or Plasma", lab.Date);
            if (lab.Form == DemoClinicalTruthLabForm.FreeText)
            {
                w.WriteString("valueString", lab.FreeText);
            }
            else
            {
                w.WriteStartObject("valueQuantity");
                w.WriteNumber("value", lab.ReportedValue);
                w.WriteString("unit", lab.ReportedUnit);
                w.WriteString("system", Ucum);
                w.WriteString("code", lab.ReportedUnit);
                w.WriteEndObject();
            }

            file.End();
        }

        if (p.OlaparibStart is { } start && p.OlaparibResponse is { } responded)
        {
            var w = ObservationStart(file, p, "resp", LocalSystem, ResponseCode, "Response to olaparib (RECIST 1.1)",
                start.AddDays(Math.Min(90, Math.Max(0, p.LastFollowUp.DayNumber - start.DayNumber))));
            w.WriteStartObject("valueCodeableConcept");
            Codings(w, LocalSystem, responded ? "PR" : "PD", responded ? "Partial response" : "Progressive disease");
            w.WriteEndObject();
            file.End();
        }
    }

    private static Utf8JsonWriter ObservationStart(NdjsonFile file, DemoClinicalTruthPatient p, string suffix, string system, string code, string display, DateOnly date)
    {
        var w = file.Begin();
        w.WriteString("resourceType", "Observation");
        w.WriteString("id", Id(p) + "-o" + suffix);
        w.WriteString("status", "final");
        w.WriteStartArray("category");
        w.WriteStartObject();
        Codings(w, "http://terminology.hl7.org/CodeSystem/observation-category", "laboratory", null);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartObject("code");
        Codings(w, system, code, display);
        w.WriteEndObject();
        Subject(w, p);
        w.WriteString("effectiveDateTime", Date(date));
        return w;
    }

    private static void WriteMedications(NdjsonFile file, DemoClinicalTruthPatient p)
    {
        Medication(file, p, "endo", p.EndocrineRxNorm, p.EndocrineRxNorm switch
        {
            "10324" => "tamoxifen",
            "72965" => "letrozole",
            _ => "anastrozole",
        }, p.Patient.DiagnosisDate);
        if (p.DiabetesIcd10 is not null)
        {
            Medication(file, p, "met", MetforminRxNorm, "metformin", p.DiabetesOnset ?? p.Patient.DiagnosisDate);
        }

        if (p.OlaparibStart is { } start)
        {
            Medication(file, p, "ola", OlaparibRxNorm, "olaparib", start);
        }
    }

    private static void Medication(NdjsonFile file, DemoClinicalTruthPatient p, string suffix, string rxnorm, string display, DateOnly authored)
    {
        var w = file.Begin();
        w.WriteString("resourceType", "MedicationRequest");
        w.WriteString("id", Id(p) + "-m" + suffix);
        w.WriteString("status", p.DeathDate is null ? "active" : "stopped");
        w.WriteString("intent", "order");
        w.WriteStartObject("medicationCodeableConcept");
        Codings(w, RxNorm, rxnorm, display);
        w.WriteEndObject();
        Subject(w, p);
        w.WriteString("authoredOn", Date(authored));
        file.End();
    }

    private static void Subject(Utf8JsonWriter w, DemoClinicalTruthPatient p)
    {
        w.WriteStartObject("subject");
        w.WriteString("reference", "Patient/" + Id(p));
        w.WriteEndObject();
    }

    private static void Codings(Utf8JsonWriter w, string system, string code, string? display)
    {
        w.WriteStartArray("coding");
        w.WriteStartObject();
        w.WriteString("system", system);
        w.WriteString("code", code);
        if (display is not null)
        {
            w.WriteString("display", display);
        }

        w.WriteEndObject();
        w.WriteEndArray();
    }

    /// <summary>One NDJSON output: a JSON writer reset after every line, so each line is one root object.</summary>
    private sealed class NdjsonFile : IDisposable
    {
        private readonly FileStream _stream;
        private readonly Utf8JsonWriter _writer;

        public NdjsonFile(string path)
        {
            _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
            _writer = new Utf8JsonWriter(_stream, s_options);
        }

        public Utf8JsonWriter Begin()
        {
            _writer.WriteStartObject();
            return _writer;
        }

        public void End()
        {
            _writer.WriteEndObject();
            _writer.Flush();
            _stream.WriteByte((byte)'\n');
            _writer.Reset();
        }

        public void Dispose()
        {
            _writer.Dispose();
            _stream.Dispose();
        }
    }
}

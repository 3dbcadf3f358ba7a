using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Core.Vocabulary;
using OmicsBridge.Formats.Fhir;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Fhir;

public sealed partial class FhirResourceReaderTests
{
    private static (List<ClinicalRecord> Records, FhirResourceReader Reader) ReadShared(string relativePath)
    {
        var reader = new FhirResourceReader();
        var records = reader.ReadPath(TestData.Shared(relativePath)).ToList();
        return (records, reader);
    }

    private static (List<ClinicalRecord> Records, FhirResourceReader Reader) ReadFixture(string relativePath)
    {
        var reader = new FhirResourceReader();
        var records = reader.ReadPath(TestData.Fixture(relativePath)).ToList();
        return (records, reader);
    }

    public static TheoryData<string> SharedFhirFiles()
    {
        var data = new TheoryData<string>();
        var root = TestData.Shared("fhir");
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(TestData.SharedRoot, file).Replace('\\', '/'));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SharedFhirFiles))]
    public void ReadPath_EverySharedFile_LoadsWithoutErrors(string relativePath)
    {
        var (records, reader) = ReadShared(relativePath);

        var errors = reader.Issues.Where(i => i.Severity != IssueSeverity.Warning).ToList();
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.NotEmpty(records);
        Assert.Equal(reader.Counts.Resources, reader.Counts.Records + reader.Counts.Rejected + reader.Counts.Skipped);
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.SourceId)));
    }

    [Fact]
    public void ReadPath_PatientExample_KeepsIdentifiersBirthDateAndPhiApart()
    {
        var (records, _) = ReadShared("fhir/r4-core-examples/patient-example.json");

        var patient = Assert.IsType<PatientRecord>(Assert.Single(records));
        Assert.Equal("example", patient.SourceId);
        Assert.Equal("Patient/example", patient.SubjectReference);
        var mrn = Assert.Single(patient.Identifiers);
        Assert.Equal("urn:oid:1.2.36.146.595.217.0.1", mrn.System);
        Assert.Equal("12345", mrn.Value);
        Assert.Equal("MR", mrn.TypeCode);
        Assert.Equal(new DateOnly(1974, 12, 25), patient.BirthDate?.Start);
        Assert.Equal(DatePrecision.Day, patient.BirthDate?.Precision);
        Assert.Equal(AdministrativeSex.Male, patient.Sex);
        Assert.False(patient.Deceased);
        Assert.Contains(patient.Contact.Names, n => n.Family == "Chalmers" && n.Given.SequenceEqual(["Peter", "James"]));
        Assert.NotEmpty(patient.Contact.Telecom);
        Assert.NotEmpty(patient.Contact.Addresses);
    }

    [Fact]
    public void ReadPath_GlucoseF001_ReadsLoincValueUnitAndReferenceRange()
    {
        var (records, _) = ReadShared("fhir/r4-core-examples/observation-example-f001-glucose.json");

        var observation = Assert.IsType<ObservationRecord>(Assert.Single(records));
        var code = Assert.Single(observation.Codes);
        Assert.Equal(VocabularyId.Loinc, code.Vocabulary);
        Assert.Equal("15074-8", code.Code);
        Assert.Equal(6.3m, observation.Value?.ValueNumber);
        Assert.Equal("6.3", observation.Value?.ValueText);
        Assert.Equal("mmol/L", observation.Value?.Unit);
        Assert.Equal("http://unitsofmeasure.org", observation.Value?.UnitSystem);
        var range = Assert.Single(observation.ReferenceRanges);
        Assert.Equal(3.1m, range.Low);
        Assert.Equal(6.2m, range.High);
        Assert.Equal("mmol/L", range.Unit);
        Assert.Equal("H", Assert.Single(observation.Interpretation).Code);
        Assert.Equal("Patient/f001", observation.SubjectReference);
        Assert.Equal(new DateTimeOffset(2013, 4, 2, 9, 30, 10, TimeSpan.FromHours(1)), observation.EffectiveTime?.Instant);
    }

    [Fact]
    public void ReadPath_ConditionF202_ReadsSnomedCodeAndStatus()
    {
        var (records, _) = ReadShared("fhir/r4-core-examples/condition-example-f202-malignancy.json");

        var condition = Assert.IsType<ConditionRecord>(Assert.Single(records));
        var code = Assert.Single(condition.Codes);
        Assert.Equal(VocabularyId.Snomed, code.Vocabulary);
        Assert.Equal("363346000", code.Code);
        Assert.Equal("resolved", condition.ClinicalStatus);
        Assert.Equal("Patient/f201", condition.SubjectReference);
        Assert.Equal("age 54 a", condition.AbatementText);
    }

    [Fact]
    public void ReadPath_MedicationRequestWithContainedMedication_TakesCodesFromContainedResource()
    {
        var (records, _) = ReadShared("fhir/r4-core-examples/medicationrequestexample1.json");

        var medication = Assert.IsType<MedicationRecord>(Assert.Single(records));
        Assert.Equal(MedicationRecordKind.Request, medication.Kind);
        Assert.Equal("317935006", Assert.Single(medication.Codes).Code);
        Assert.Equal(new DateOnly(2015, 1, 15), medication.StartDate?.Start);
    }

    [Fact]
    public void ReadPath_MedicationStatementWithContainedMedication_ReadsNdcCode()
    {
        var (records, _) = ReadShared("fhir/r4-core-examples/medicationstatementexample1.json");

        var medication = Assert.IsType<MedicationRecord>(Assert.Single(records));
        Assert.Equal(MedicationRecordKind.Statement, medication.Kind);
        var code = Assert.Single(medication.Codes);
        Assert.Equal(VocabularyId.Ndc, code.Vocabulary);
        Assert.Equal("50580-506-02", code.Code);
    }

    [Fact]
    public void ReadPath_SyntheaBundle_ReadsRxNormMedicationAndResolvesUrnUuidSubjects()
    {
        var (records, reader) = ReadShared("fhir/synthea/Buster_Hoeger_ad2e3fc5-2b5d-4cb9-8d03-9ea0f4ac8423.json");

        var medication = Assert.Single(records.OfType<MedicationRecord>());
        var code = Assert.Single(medication.Codes);
        Assert.Equal(VocabularyId.RxNorm, code.Vocabulary);
        Assert.Equal("562251", code.Code);
        Assert.Equal("Patient/e4531916-b162-4f4b-90c2-ce37e132b8d4", medication.SubjectReference);
        Assert.Equal(46, medication.Source.EntryIndex);
        Assert.All(records.Where(r => r is not PatientRecord), r => Assert.Equal("Patient/e4531916-b162-4f4b-90c2-ce37e132b8d4", r.SubjectReference));
        Assert.Empty(reader.CompleteReferences());
    }

    [Fact]
    public void ReadPath_TransactionBundle_NamesUrnUuidEntriesAndSkipsRequestOnlyEntries()
    {
        var (records, reader) = ReadShared("fhir/r4-core-examples/bundle-transaction.json");

        var patients = records.OfType<PatientRecord>().ToList();
        Assert.Equal(5, patients.Count);
        Assert.Contains(patients, p => p.SourceId == "61ebe359-bfdc-4613-8bf2-c5e300945f0a" && p.Source.EntryIndex == 0);
        Assert.Contains(patients, p => p.SourceId == "123");
        Assert.True(reader.Resolver.IsKnown("Patient/61ebe359-bfdc-4613-8bf2-c5e300945f0a"));
        Assert.True(reader.Resolver.IsKnown("Patient/88f151c0-a954-468a-88bd-5ae15c08e059"));
        Assert.DoesNotContain(reader.Issues, i => i.Code == "FHIR003");
    }

    [Fact]
    public void ReadPath_DiagnosticReportCollection_ResolvesResultsAcrossFilesThroughSharedResolver()
    {
        var resolver = new FhirReferenceResolver();
        var reader = new FhirResourceReader(resolver);

        var report = Assert.Single(reader.ReadPath(TestData.Shared("fhir/r4-core-examples/diagnosticreport-example-f001-bloodexam.json")).OfType<DiagnosticReportRecord>());
        Assert.Equal(["Observation/f001", "Observation/f002", "Observation/f003", "Observation/f004", "Observation/f005"], report.ResultReferences);
        var pendingBefore = resolver.PendingCount;

        _ = reader.ReadPath(TestData.Shared("fhir/r4-core-examples/observation-example-f001-glucose.json")).ToList();
        _ = reader.ReadPath(TestData.Shared("fhir/r4-core-examples/patient-example-f001-pieter.json")).ToList();

        Assert.Equal(pendingBefore - 2, resolver.PendingCount);
        var dangling = reader.CompleteReferences();
        Assert.Contains(dangling, i => i.Excerpt == "Observation/f002" && i.Field == "entry[0].resource.result[1]");
        Assert.DoesNotContain(dangling, i => i.Excerpt == "Observation/f001" || i.Excerpt == "Patient/f001");
        Assert.All(dangling, i => Assert.Equal("FHIR005", i.Code));
    }
}

using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Tests.Fhir;

public sealed partial class FhirResourceReaderTests
{
    [Fact]
    public void ReadPath_InvalidJson_ReportsFhir001WithPosition()
    {
        var (records, reader) = ReadFixture("fhir/invalid-json.json");

        Assert.Empty(records);
        var issue = Assert.Single(reader.Issues);
        Assert.Equal("FHIR001", issue.Code);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("invalid-json.json", issue.File);
        Assert.Contains("JSON syntax error", issue.Message, StringComparison.Ordinal);
        Assert.Equal(1, reader.Counts.Unreadable);
    }

    [Fact]
    public void ReadPath_UnknownResourceType_ReportsFhir002AndKeepsTheTypeOutOfTheMessage()
    {
        var (records, reader) = ReadFixture("fhir/unknown-resource-type.json");

        Assert.Empty(records);
        var issue = Assert.Single(reader.Issues);
        Assert.Equal("FHIR002", issue.Code);
        Assert.Equal("resourceType", issue.Field);
        Assert.Equal("Patientt", issue.Excerpt);
        Assert.DoesNotContain("Patientt", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadPath_BundleEntryWithoutResource_ReportsFhir003AtTheEntryAndReadsTheRest()
    {
        var (records, reader) = ReadFixture("fhir/bundle-entry-without-resource.json");

        var issue = Assert.Single(reader.Issues);
        Assert.Equal("FHIR003", issue.Code);
        Assert.Equal("entry[1].resource", issue.Field);
        Assert.Equal(2, records.Count);
        var observation = Assert.Single(records.OfType<ObservationRecord>());
        Assert.Equal("Patient/p1", observation.SubjectReference);
        Assert.Equal(72m, observation.Value?.ValueNumber);
        Assert.Equal(2, observation.Source.EntryIndex);
    }

    [Fact]
    public void ReadPath_ObservationWithoutSubject_RejectsItWithFhir004()
    {
        var (records, reader) = ReadFixture("fhir/observation-without-subject.json");

        Assert.Empty(records);
        var issue = Assert.Single(reader.Issues);
        Assert.Equal("FHIR004", issue.Code);
        Assert.Equal(IssueSeverity.Error, issue.Severity);
        Assert.Equal("subject", issue.Field);
        Assert.Equal(1, reader.Counts.Rejected);
    }

    [Fact]
    public void ReadPath_ImpossibleBirthDate_RejectsPatientWithFhir006AndValueOnlyInExcerpt()
    {
        var (records, reader) = ReadFixture("fhir/invalid-date.json");

        Assert.Empty(records);
        var issue = Assert.Single(reader.Issues, i => i.Code == "FHIR006");
        Assert.Equal("birthDate", issue.Field);
        Assert.Equal("2023-02-30", issue.Excerpt);
        Assert.DoesNotContain("2023", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompleteReferences_ReferenceToAbsentPatient_ReportsFhir005AtItsLine()
    {
        var (records, reader) = ReadFixture("fhir/dangling-reference.ndjson");

        Assert.Equal(3, records.Count);
        var issue = Assert.Single(reader.CompleteReferences());
        Assert.Equal("FHIR005", issue.Code);
        Assert.Equal(3, issue.Line);
        Assert.Equal("subject", issue.Field);
        Assert.Equal("Patient/absent", issue.Excerpt);
    }

    [Fact]
    public void ReadPath_MissingFile_ReportsFatalFhir008()
    {
        var reader = new Formats.Fhir.FhirResourceReader();

        var records = reader.ReadPath(Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}.json")).ToList();

        Assert.Empty(records);
        var issue = Assert.Single(reader.Issues);
        Assert.Equal("FHIR008", issue.Code);
        Assert.Equal(IssueSeverity.Fatal, issue.Severity);
    }

    [Fact]
    public void ReadNdjson_UnknownElement_KeepsRecordAndWarnsFhir007()
    {
        var json = "{\"resourceType\":\"Patient\",\"id\":\"x\",\"favouriteColour\":\"blue\",\"gender\":\"other\"}";
        var reader = new Formats.Fhir.FhirResourceReader();

        var records = reader.ReadNdjson(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json)), "extra.ndjson").ToList();

        var patient = Assert.IsType<PatientRecord>(Assert.Single(records));
        Assert.Equal(AdministrativeSex.Other, patient.Sex);
        var issue = Assert.Single(reader.Issues);
        Assert.Equal("FHIR007", issue.Code);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.DoesNotContain("blue", issue.Message, StringComparison.Ordinal);
    }
}

using System.IO.Compression;
using System.Text;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Formats.Fhir;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Fhir;

public sealed partial class FhirResourceReaderTests
{
    // Observation before its Patient on purpose: bulk exports write one file per type, in any order.
    private const string BulkExport =
        "{\"resourceType\":\"Observation\",\"id\":\"bp1\",\"status\":\"final\",\"subject\":{\"reference\":\"Patient/p9\"},"
        + "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"85354-9\"}]},\"effectiveDateTime\":\"2021-03-04\","
        + "\"component\":[{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8480-6\"}]},\"valueQuantity\":{\"value\":120,\"comparator\":\"<\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mm[Hg]\"}},"
        + "{\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8462-4\"}]},\"valueQuantity\":{\"value\":80,\"system\":\"http://unitsofmeasure.org\",\"code\":\"mm[Hg]\"}}]}\r\n"
        + "\n"
        + "{\"resourceType\":\"Patient\",\"id\":\"p9\",\"gender\":\"female\",\"birthDate\":\"1961-07\",\"deceasedDateTime\":\"2020-01-02T03:04:05Z\"}\n"
        + "{\"resourceType\":\"Organization\",\"id\":\"org1\"}\n"
        + "{\"resourceType\":\"Condition\",\"id\":\"c9\",\"subject\":{\"reference\":\"Patient/p9\"},\"code\":{\"coding\":[{\"system\":\"http://hl7.org/fhir/sid/icd-10-cm\",\"code\":\"E11.9\"}]},\"onsetDateTime\":\"2019\"}";

    [Theory]
    [InlineData("export.ndjson")]
    [InlineData("export.ndjson.gz")]
    public void ReadPath_NdjsonFile_StreamsLinesAndResolvesForwardReferences(string fileName)
    {
        using var temp = new TempDirectory("ob-fhir");
        var path = temp.Combine(fileName);
        WriteText(path, BulkExport);
        var reader = new FhirResourceReader();

        var records = reader.ReadPath(path).ToList();

        Assert.Empty(reader.Issues);
        Assert.Equal(3, records.Count);
        var observation = Assert.IsType<ObservationRecord>(records[0]);
        Assert.Equal(1, observation.Source.Line);
        Assert.Equal(2, observation.Components.Count);
        Assert.Equal(120m, observation.Components[0].Value?.ValueNumber);
        Assert.Equal("<", observation.Components[0].Value?.Comparator);
        var patient = Assert.IsType<PatientRecord>(records[1]);
        Assert.Equal(3, patient.Source.Line);
        Assert.Equal(DatePrecision.Month, patient.BirthDate?.Precision);
        Assert.True(patient.Deceased);
        Assert.Equal(new DateTimeOffset(2020, 1, 2, 3, 4, 5, TimeSpan.Zero), patient.DeathDate?.Instant);
        var condition = Assert.IsType<ConditionRecord>(records[2]);
        Assert.Equal(Core.Vocabulary.VocabularyId.Icd10Cm, Assert.Single(condition.Codes).Vocabulary);
        Assert.Equal(DatePrecision.Year, condition.Onset?.Precision);
        Assert.Equal(1, reader.Counts.Skipped);
        Assert.Empty(reader.CompleteReferences());
    }

    [Fact]
    public void ReadPath_DirectoryOfNdjson_ReadsEveryFileInNameOrder()
    {
        using var temp = new TempDirectory("ob-fhir");
        WriteText(temp.Combine("b-Condition.ndjson.gz"), "{\"resourceType\":\"Condition\",\"id\":\"c1\",\"subject\":{\"reference\":\"Patient/a\"}}\n");
        WriteText(temp.Combine("a-Patient.ndjson"), "{\"resourceType\":\"Patient\",\"id\":\"a\"}\n{\"resourceType\":\"Patient\",\"id\":\"b\"}\n");
        WriteText(temp.Combine("notes.txt"), "not FHIR");
        var reader = new FhirResourceReader();

        var records = reader.ReadPath(temp.Path).ToList();

        Assert.Equal(["a", "b", "c1"], records.Select(r => r.SourceId));
        Assert.Equal("a-Patient.ndjson", records[0].Source.File);
        Assert.Equal("b-Condition.ndjson.gz", records[2].Source.File);
        Assert.Empty(reader.Issues);
    }

    [Fact]
    public void ReadNdjson_BadLineAmongGoodOnes_ReportsThatLineAndKeepsTheOthers()
    {
        var text = "{\"resourceType\":\"Patient\",\"id\":\"a\"}\n{\"resourceType\":\"Patient\",\n{\"resourceType\":\"Patient\",\"id\":\"c\"}\n";
        var reader = new FhirResourceReader();

        var records = reader.ReadNdjson(new MemoryStream(Encoding.UTF8.GetBytes(text)), "mixed.ndjson").ToList();

        Assert.Equal(["a", "c"], records.Select(r => r.SourceId));
        var issue = Assert.Single(reader.Issues);
        Assert.Equal("FHIR001", issue.Code);
        Assert.Equal(2, issue.Line);
    }

    private static void WriteText(string path, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        if (path.EndsWith(".gz", StringComparison.Ordinal))
        {
            using var file = File.Create(path);
            using var gzip = new GZipStream(file, CompressionLevel.Fastest);
            gzip.Write(bytes);
        }
        else
        {
            File.WriteAllBytes(path, bytes);
        }
    }
}

using OmicsBridge.Testing;
using Xunit;

namespace OmicsBridge.Pipeline.Tests.Clinical;

public sealed class Hl7v2AndCsvIngesterTests
{
    [Fact]
    public void Ingest_EverySharedHl7File_LoadsOrRejectsWithReason()
    {
        using var lake = new ClinicalLake();
        var report = lake.Ingest("hl7v2", TestData.Shared("hl7v2"));

        Assert.All(report.Files, f => Assert.Equal(f.Read, f.Accepted + f.Rejected));
        Assert.True(report.Accepted >= 10, $"accepted {report.Accepted}");
        Assert.Empty(lake.Rows("""
            SELECT f.name FROM source_file f
            WHERE f.rows_rejected > 0 AND NOT EXISTS (
              SELECT 1 FROM reject r WHERE r.sha256 = f.sha256 AND r.severity IN ('error', 'fatal') AND length(r.reason) > 10)
            """));
        var obx = Assert.Single(lake.Rows("""
            SELECT value_number, unit, reference_low, reference_high, reference_text, interpretation FROM observation
            WHERE code = '26453-1' AND source_kind = 'hl7v2'
            """));
        Assert.Equal(4.41, (double)obx[0]!, 6);
        Assert.Equal("10*6/uL", obx[1]);
        Assert.Equal(4.3, (double)obx[2]!, 6);
        Assert.Equal(6.2, (double)obx[3]!, 6);
        Assert.Equal("4.3 to 6.2", obx[4]);
        Assert.Equal("N", obx[5]);
    }

    [Fact]
    public void Ingest_BrokenHl7Messages_RejectedWithSegmentAndReason()
    {
        using var lake = new ClinicalLake();
        var report = lake.Ingest("hl7v2",
            lake.Copy("clinical/no-msh.hl7"), lake.Copy("clinical/wrong-separator.hl7"),
            lake.Copy("clinical/truncated.hl7"), lake.Copy("clinical/bad-date.hl7"));

        Assert.All(report.Files, f => Assert.True(f.Rejected >= 1, $"{f.Name} rejected nothing"));
        var files = lake.Rows("SELECT DISTINCT file_name FROM reject WHERE severity IN ('error', 'fatal')").Select(r => (string)r[0]!).ToHashSet();
        Assert.Equal(["bad-date.hl7", "no-msh.hl7", "truncated.hl7", "wrong-separator.hl7"], files.Order());
    }

    [Fact]
    public void Ingest_CsvExtract_MapsLocalCodesAndRejectsBadRows()
    {
        using var lake = new ClinicalLake();
        var report = lake.IngestCsv(lake.Copy("clinical/person-labs.mapping.yaml"), lake.Copy("clinical/person-labs.csv"));

        var file = Assert.Single(report.Files);
        Assert.Equal(4, file.Read);
        Assert.Equal(2, file.Rejected);
        var codes = lake.Rows("SELECT code, line FROM reject WHERE severity = 'error' ORDER BY line").Select(r => $"{r[0]}@{r[1]}").ToList();
        Assert.Equal(["CSVM003@4", "CSVM001@5"], codes);
        var glucose = Assert.Single(lake.Rows("SELECT vocabulary, code, value_number, unit, original_unit FROM observation WHERE code = '2345-7'"));
        Assert.Equal("LOINC", glucose[0]);
        Assert.Equal(126.0, (double)glucose[2]!, 6);
        Assert.Equal("mg/dL", glucose[3]);
        Assert.Equal("mg/dl", glucose[4]);
        var note = Assert.Single(lake.Rows("SELECT value_number, value_text FROM observation WHERE code = '4548-4'"));
        Assert.Null(note[0]);
        Assert.Equal("see note", note[1]);
    }

    [Fact]
    public void Ingest_SyntheaObservationsCsv_LoadsEveryRow()
    {
        using var lake = new ClinicalLake();
        var report = lake.IngestCsv(TestData.Fixture("clinical/synthea-observations.mapping.yaml"),
            TestData.Shared("clinical-csv/synthea-v3-dbt-synthea/observations.csv"));

        var file = Assert.Single(report.Files);
        Assert.Equal(0, file.Rejected);
        Assert.Equal(file.Read, (long)lake.Scalar("SELECT count(*) FROM observation")!);
        Assert.True((long)lake.Scalar("SELECT count(*) FROM observation WHERE vocabulary = 'LOINC' AND unit IS NOT NULL")! > 0);
    }

    [Fact]
    public void Ingest_SamePersonViaFhirHl7AndCsv_IsOnePatient()
    {
        using var lake = new ClinicalLake();
        lake.Ingest("fhir", lake.Copy("clinical/person.json"));
        lake.Ingest("hl7v2", lake.Copy("clinical/person.hl7"));
        lake.IngestCsv(lake.Copy("clinical/person-labs.mapping.yaml"), lake.Copy("clinical/person-labs.csv"));

        var patients = lake.Rows("SELECT DISTINCT patient_id FROM patient_identifier WHERE system = 'MRN' AND value = '12345'");
        var patientId = (string)Assert.Single(patients)[0]!;
        Assert.Equal(1L, lake.Scalar("SELECT count(*) FROM patient"));
        var kinds = lake.Rows($"SELECT DISTINCT source_kind FROM observation WHERE patient_id = '{patientId}' ORDER BY 1").Select(r => (string)r[0]!);
        Assert.Equal(["csv", "hl7v2"], kinds);
        var person = Assert.Single(lake.Rows("SELECT sex, birth_date, last_contact_date FROM patient"));
        Assert.Equal("female", person[0]);
        Assert.Equal(new DateOnly(1970, 1, 1), person[1]);
        Assert.Equal(new DateOnly(2023, 3, 1), person[2]);
    }

    /// <summary>The query docs/formats/csv-mapping.md gives for "type 2 diabetes with an HbA1c above 7 %".</summary>
    public const string DiabetesWithHighHba1c = """
        SELECT DISTINCT c.patient_id
        FROM condition c JOIN observation o USING (patient_id)
        WHERE c.vocabulary = 'ICD10CM' AND c.code LIKE 'E11%'
          AND o.vocabulary = 'LOINC' AND o.code = '4548-4' AND o.unit = '%' AND o.value_number > 7
        """;

    [Fact]
    public void Sql_DiabetesWithHighHba1c_FindsPatientAcrossSources()
    {
        using var lake = new ClinicalLake();
        lake.Ingest("fhir", lake.Copy("clinical/person.json"), lake.Copy("clinical/bad-resources.ndjson"));
        lake.Ingest("hl7v2", lake.Copy("clinical/person.hl7"));

        var found = lake.Rows(DiabetesWithHighHba1c).Select(r => (string)r[0]!).ToList();
        var expected = lake.Rows("SELECT patient_id FROM patient_identifier WHERE system = 'MRN' AND value IN ('12345', 'A100') ORDER BY 1")
            .Select(r => (string)r[0]!).ToList();
        Assert.Equal(2, expected.Count);
        Assert.Equal(expected, found.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("legacy-lab/lab-extract.mapping.yaml", "legacy-lab/lab-extract.csv", 6)]
    [InlineData("legacy-diagnoses/diagnoses.mapping.yaml", "legacy-diagnoses/diagnoses.tsv", 3)]
    public void Ingest_ShippedSampleMappings_LoadEveryRow(string mapping, string extract, long rows)
    {
        using var lake = new ClinicalLake();
        var samples = Path.Combine(TestData.RepositoryRoot, "samples", "csv-mapping");
        var report = lake.IngestCsv(Path.Combine(samples, mapping), Path.Combine(samples, extract));

        var file = Assert.Single(report.Files);
        Assert.Equal(rows, file.Accepted);
        Assert.Equal(0, file.Rejected);
        Assert.Empty(lake.Rows("SELECT code FROM reject WHERE code = 'CSVM005'"));
    }
}

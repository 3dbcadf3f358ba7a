using OmicsBridge.Testing;
using Xunit;

namespace OmicsBridge.Pipeline.Tests.Clinical;

public sealed class FhirIngesterTests
{
    [Fact]
    public void Ingest_EverySharedFhirFile_LoadsOrRejectsWithReason()
    {
        using var lake = new ClinicalLake();
        var report = lake.Ingest("fhir", TestData.Shared("fhir"));

        Assert.Equal(Directory.EnumerateFiles(TestData.Shared("fhir"), "*", SearchOption.AllDirectories).Count(), report.Files.Count);
        Assert.All(report.Files, f => Assert.Equal(f.Read, f.Accepted + f.Rejected));
        Assert.True(report.Accepted > 200, $"accepted {report.Accepted}");
        var unexplained = lake.Rows("""
            SELECT f.name FROM source_file f
            WHERE f.rows_rejected > 0 AND NOT EXISTS (
              SELECT 1 FROM reject r WHERE r.sha256 = f.sha256 AND r.severity IN ('error', 'fatal') AND length(r.reason) > 10)
            """);
        Assert.Empty(unexplained);
    }

    [Fact]
    public void Ingest_ExamplePatient_StoresIdentifierAndBirthDate()
    {
        using var lake = new ClinicalLake();
        lake.Ingest("fhir", TestData.Shared("fhir/r4-core-examples/patient-example.json"));

        var row = Assert.Single(lake.Rows("""
            SELECT p.birth_date, p.sex, i.system, i.value FROM patient p JOIN patient_identifier i USING (patient_id)
            WHERE i.system = 'urn:oid:1.2.36.146.595.217.0.1'
            """));
        Assert.Equal(new DateOnly(1974, 12, 25), row[0]);
        Assert.Equal("male", row[1]);
        Assert.Equal("12345", row[3]);
    }

    [Fact]
    public void Ingest_GlucoseObservation_StoresLoincValueAndUcumUnit()
    {
        using var lake = new ClinicalLake();
        lake.Ingest("fhir", TestData.Shared("fhir/r4-core-examples/observation-example-f001-glucose.json"));

        var row = Assert.Single(lake.Rows("""
            SELECT vocabulary, code, value_number, unit, reference_low, reference_high, interpretation FROM observation
            """));
        Assert.Equal("LOINC", row[0]);
        Assert.Equal("15074-8", row[1]);
        Assert.Equal(6.3, (double)row[2]!, 6);
        Assert.Equal("mmol/L", row[3]);
        Assert.Equal(3.1, (double)row[4]!, 6);
        Assert.Equal(6.2, (double)row[5]!, 6);
        Assert.Equal("H", row[6]);
    }

    [Fact]
    public void Ingest_BadNdjson_RejectsEachProblemWithLineAndLoadsTheRest()
    {
        using var lake = new ClinicalLake();
        var report = lake.Ingest("fhir", lake.Copy("clinical/bad-resources.ndjson"));

        var file = Assert.Single(report.Files);
        Assert.Equal(9, file.Read);
        Assert.Equal(4, file.Rejected);
        var rejects = lake.Rows("SELECT code, line, severity FROM reject ORDER BY line, code")
            .Select(r => $"{r[0]}@{r[1]}:{r[2]}").ToList();
        Assert.Contains("FHIR001@2:error", rejects); // invalid JSON
        Assert.Contains("FHIR002@3:error", rejects); // unknown resource type
        Assert.Contains("FHIR004@4:error", rejects); // Observation without subject
        Assert.Contains("FHIR006@5:error", rejects); // 2023-02-30
        Assert.Contains("UNIT001@6:warning", rejects); // unit UCUM does not know
        Assert.Contains(rejects, r => r.StartsWith("FHIR005@9", StringComparison.Ordinal)); // dangling Encounter reference

        var unknownUnit = Assert.Single(lake.Rows("SELECT value_number, unit, original_unit FROM observation WHERE source_id = 'o-unit'"));
        Assert.Equal(5.5, (double)unknownUnit[0]!, 6);
        Assert.Equal("bananas per fortnight", unknownUnit[2]);
        var censored = Assert.Single(lake.Rows("SELECT value_number, comparator, value_text, unit FROM observation WHERE source_id = 'o-dangling'"));
        Assert.Equal(0.5 * 18.0156, (double)censored[0]!, 3); // glucose is stored in its canonical mg/dL
        Assert.Equal("<", censored[1]);
        Assert.Equal("<0.5 mmol/L", censored[2]);
        Assert.Equal("mg/dL", censored[3]);
    }

    [Fact]
    public void Ingest_BundleEntryWithoutResource_RejectsEntryAndLoadsOthers()
    {
        using var lake = new ClinicalLake();
        var report = lake.Ingest("fhir", lake.Copy("clinical/bundle-entry-without-resource.json"));

        Assert.Equal(1, report.Rejected);
        var reject = Assert.Single(lake.Rows("SELECT code, field FROM reject WHERE severity = 'error'"));
        Assert.Equal("FHIR003", reject[0]);
        Assert.Equal("entry[1].resource", reject[1]);
        var glucose = Assert.Single(lake.Rows("SELECT value_number, unit, original_value_number, original_unit FROM observation"));
        Assert.Equal(5.5 * 18.0156, (double)glucose[0]!, 3);
        Assert.Equal("mg/dL", glucose[1]);
        Assert.Equal(5.5, (double)glucose[2]!, 6);
        Assert.Equal("mmol/L", glucose[3]);
    }
}

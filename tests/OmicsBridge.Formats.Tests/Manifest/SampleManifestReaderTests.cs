using System.Text;
using System.Text.Json;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Manifest;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Manifest;

public sealed class SampleManifestReaderTests
{
    [Fact]
    public void ReadAll_MessySynonymFile_MapsColumnsAndNormalisesValues()
    {
        var (records, _) = SampleManifestReader.ReadAll(TestData.Fixture("manifest/messy_synonyms.csv"));

        Assert.Equal(["S-001", "S-002", "S-003", "S-004", "S-006", "S-007"], records.Select(r => r.SampleId));
        var first = records[0];
        Assert.Equal("MRN1001", first.PatientId);
        Assert.Equal("MRN", first.PatientIdSystem);
        Assert.Equal("Tumor", first.SampleType);
        Assert.Equal("Breast", first.Tissue);
        Assert.Equal(new DateOnly(2021, 3, 14), first.CollectionDate);
        Assert.Equal(OmicsModality.Transcriptomics, first.Modality);
        Assert.Equal("NovaSeq 6000", first.Platform);
        Assert.Equal("B1", first.Batch);
        Assert.Equal(new DateOnly(2021, 3, 20), first.RunDate);
        Assert.Equal("first, with comma", ExtraOf(first)["Notes"]);
        Assert.Equal(2, first.LineNumber);

        Assert.Equal(new DateOnly(2021, 3, 14), records[1].CollectionDate);
        Assert.Equal(new DateOnly(2021, 3, 21), records[1].RunDate);
        Assert.Equal(OmicsModality.Genomics, records[1].Modality);
        Assert.Equal(OmicsModality.Epigenomics, records[2].Modality);
        Assert.Equal(new DateOnly(2021, 3, 12), records[2].RunDate);
        Assert.Equal(new DateOnly(2021, 3, 5), records[4].CollectionDate);
        Assert.Equal(OmicsModality.Metabolomics, records[4].Modality);
        Assert.Equal("multi\r\nline note", ExtraOf(records[4])["Notes"]);
        Assert.Equal(9, records[4].LineNumber);
        Assert.Equal(11, records[5].LineNumber);
    }

    [Fact]
    public void ReadAll_MessySynonymFile_ReportsEachProblemWithLineAndField()
    {
        var (records, issues) = SampleManifestReader.ReadAll(TestData.Fixture("manifest/messy_synonyms.csv"));

        Assert.Equal(
            [
                (ManifestIssueCodes.AmbiguousDate, 4L, "Date Collected"),
                (ManifestIssueCodes.DuplicateSampleId, 5L, "Sample ID"),
                (ManifestIssueCodes.BadDate, 6L, "Date Collected"),
                (ManifestIssueCodes.UnknownModality, 6L, "Assay"),
                (ManifestIssueCodes.TooFewColumns, 7L, null),
                (ManifestIssueCodes.EmptySampleId, 8L, "Sample ID"),
            ],
            issues.Select(i => (i.Code, i.Line, i.Field)));
        Assert.Contains("line 2", issues[1].Message, StringComparison.Ordinal);
        Assert.Contains("expected 10 cells", issues[4].Message, StringComparison.Ordinal);
        Assert.Equal(IssueSeverity.Error, issues[1].Severity);

        var ambiguous = records.Single(r => r.SampleId == "S-003");
        Assert.Null(ambiguous.CollectionDate);
        Assert.Equal("03/04/2021", ExtraOf(ambiguous)["Date Collected"]);
        var bad = records.Single(r => r.SampleId == "S-004");
        Assert.Null(bad.Modality);
        Assert.Equal("Astrology", ExtraOf(bad)["Assay"]);
    }

    [Theory]
    [InlineData(ManifestDateOrder.DayFirst, 4, 3)]
    [InlineData(ManifestDateOrder.MonthFirst, 3, 4)]
    public void ReadAll_ConfiguredDateOrder_ReadsAmbiguousDates(ManifestDateOrder order, int month, int day)
    {
        var (records, issues) = SampleManifestReader.ReadAll(TestData.Fixture("manifest/tsv_with_system.tsv"), new SampleManifestReaderOptions { DateOrder = order });

        var record = Assert.Single(records);
        Assert.Empty(issues);
        Assert.Equal(new DateOnly(2021, month, day), record.RunDate);
        Assert.Equal("urn:oid:1.2.3", record.PatientIdSystem);
        Assert.Equal("P1", record.PatientId);
        Assert.Equal(OmicsModality.Transcriptomics, record.Modality);
    }

    [Fact]
    public void Constructor_NoSampleColumn_FailsListingColumnsFound()
    {
        var ex = Assert.Throws<OmicsBridgeException>(() => new SampleManifestReader(TestData.Fixture("manifest/no_sample_column.csv")));

        var issue = Assert.Single(ex.Issues);
        Assert.Equal(ManifestIssueCodes.MissingSampleIdColumn, issue.Code);
        Assert.Equal(IssueSeverity.Fatal, issue.Severity);
        Assert.Contains("columns found: barcode, patient", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_CbioPortalClinicalSamples_ReadsSampleAndPatientIds()
    {
        var (records, issues) = SampleManifestReader.ReadAll(TestData.Shared("cbioportal/study_es_0/data_clinical_samples.txt"));

        Assert.Empty(issues);
        Assert.Equal(845, records.Count);
        var first = records[0];
        Assert.Equal("TCGA-A2-A04P-01", first.SampleId);
        Assert.Equal("TCGA-A2-A04P", first.PatientId);
        Assert.Equal(6, first.LineNumber);
        Assert.Equal("basal-like", ExtraOf(first)["SUBTYPE"]);
        Assert.All(records, r => Assert.False(string.IsNullOrEmpty(r.PatientId)));
        Assert.Equal("TEST_PATIENT_NAMESPACE", records[^1].PatientId);
    }

    [Theory]
    [InlineData("sample")]
    [InlineData("SAMPLE_ID")]
    [InlineData("Sample ID")]
    [InlineData("specimen_id")]
    [InlineData("Biospecimen")]
    [InlineData("Tumor_Sample_Barcode")]
    public void Constructor_SampleIdSynonym_IsRecognised(string header)
    {
        using var reader = Open($"{header},participant\nS1,P1\n");

        var record = Assert.Single(reader.ReadRecords());

        Assert.Equal("S1", record.SampleId);
        Assert.Equal("P1", record.PatientId);
    }

    [Fact]
    public void ReadRecords_DefaultSystemAndTrailingEmptyCells_AreApplied()
    {
        using var reader = Open("sample,patient_id\nS1,P1,,\n", new SampleManifestReaderOptions { DefaultPatientIdSystem = "LOCAL:biobank" });

        var record = Assert.Single(reader.ReadRecords());

        Assert.Equal("LOCAL:biobank", record.PatientIdSystem);
        Assert.Null(record.Extra);
        Assert.Empty(reader.Issues);
    }

    [Fact]
    public void ReadRecords_SpreadsheetExportWithBomAndEmptyRows_SkipsEmptyRowsSilently()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("\"Sample ID\",\"Subject\"\r\nS1,P1\r\n,\r\n,\r\n")).ToArray();
        using var reader = new SampleManifestReader(new MemoryStream(bytes), "export.csv");

        var record = Assert.Single(reader.ReadRecords());

        Assert.Equal("S1", record.SampleId);
        Assert.Empty(reader.Issues);
    }

    [Fact]
    public void ReadRecords_ValuesPastTheHeader_RejectsLine()
    {
        using var reader = Open("sample,patient_id\nS1,P1,oops\n");

        Assert.Empty(reader.ReadRecords());

        Assert.Equal(ManifestIssueCodes.TooManyColumns, Assert.Single(reader.Issues).Code);
    }

    [Theory]
    [InlineData("RNA-seq", OmicsModality.Transcriptomics)]
    [InlineData("WES", OmicsModality.Genomics)]
    [InlineData("WGS", OmicsModality.Genomics)]
    [InlineData("methylation", OmicsModality.Epigenomics)]
    [InlineData("scRNA-seq", OmicsModality.SingleCell)]
    [InlineData("single_cell", OmicsModality.SingleCell)]
    [InlineData("RPPA", OmicsModality.Proteomics)]
    [InlineData("Lipidomics", OmicsModality.Metabolomics)]
    public void TryNormalize_Synonym_MapsToModality(string text, string expected)
    {
        Assert.True(OmicsModality.TryNormalize(text, out var modality));
        Assert.Equal(expected, modality);
    }

    private static SampleManifestReader Open(string text, SampleManifestReaderOptions? options = null)
        => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.csv", options);

    private static Dictionary<string, string> ExtraOf(SampleManifestRecord record)
        => JsonSerializer.Deserialize<Dictionary<string, string>>(record.Extra!)!;
}

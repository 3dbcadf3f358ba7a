using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Vcf;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Vcf;

public sealed class VcfConformanceTests
{
    public static TheoryData<string> PassedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "vcf/hts-specs/4.2/passed", "vcf/hts-specs/4.3/passed", "vcf/hts-specs/4.5/passed", "vcf/hts-specs/examples", "vcf/htslib" })
        {
            foreach (var file in Directory.GetFiles(TestData.Shared(folder), "*.vcf").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(TestData.SharedRoot, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PassedFiles))]
    public void Read_PassedFile_LoadsEveryRecordWithoutErrors(string file)
    {
        using var reader = VcfReader.Open(TestData.Shared(file));
        var records = 0;
        while (reader.Read())
        {
            records++;
            _ = reader.Current.Genotypes;
        }

        var dataLines = File.ReadLines(TestData.Shared(file)).Count(l => l.Length > 0 && l[0] != '#');
        Assert.DoesNotContain(reader.Issues, i => i.Severity != IssueSeverity.Warning);
        Assert.Equal(dataLines, records);
        Assert.Equal(0, reader.RejectedCount);
    }

    // Each code is the reason the file's ##CauseOfFailure= line gives.
    [Theory]
    [InlineData("failed_body_alt_000.vcf", VcfIssueCodes.BadAlt)] // ALT has a non-valid base
    [InlineData("failed_body_format_007.vcf", VcfIssueCodes.BadKey)] // FORMAT regex failure (G%3AS)
    [InlineData("failed_body_info_integer_overflow.vcf", VcfIssueCodes.BadValue)] // INFO integer overflow
    [InlineData("failed_body_no_newline_000.vcf", VcfIssueCodes.NoFinalNewline)] // no newline at end of file
    [InlineData("failed_body_samples_ploidy_000.vcf", VcfIssueCodes.Cardinality)] // PL cardinality vs alleles and ploidy
    [InlineData("failed_body_unsorted_000.vcf", VcfIssueCodes.OutOfOrder)] // non-sorted vcf
    [InlineData("failed_fileformat_000.vcf", VcfIssueCodes.BadFileFormat)] // empty fileformat
    [InlineData("failed_header_000.vcf", VcfIssueCodes.BadColumnHeader)] // POSITION instead of POS
    public void Read_FailedFile_RejectedWithItsCause(string file, string expectedCode)
    {
        var path = TestData.Shared("vcf/hts-specs/4.3/failed/" + file);
        var issues = new List<ParseIssue>();
        try
        {
            using var reader = VcfReader.Open(path, new VcfReaderOptions { Strict = true });
            while (reader.Read())
            {
            }

            issues.AddRange(reader.Issues);
        }
        catch (OmicsBridgeException ex)
        {
            issues.AddRange(ex.Issues);
        }

        // Some files break more than the rule they were written for (the unsorted one also has short GL lists).
        var rejection = issues.FirstOrDefault(i => i.Severity != IssueSeverity.Warning && i.Code == expectedCode);
        Assert.NotNull(rejection);
        Assert.Equal(file, rejection.File);
        Assert.True(rejection.Line > 0);
    }

    [Fact]
    public void Read_FailedFormatFile_PointsAtTheBadKeyLineAndColumn()
    {
        using var reader = VcfReader.Open(TestData.Shared("vcf/hts-specs/4.3/failed/failed_body_format_007.vcf"));
        var accepted = 0;
        while (reader.Read())
        {
            accepted++;
        }

        var issue = Assert.Single(reader.Issues, i => i.Code == VcfIssueCodes.BadKey);
        var lines = File.ReadAllLines(TestData.Shared("vcf/hts-specs/4.3/failed/failed_body_format_007.vcf"));
        var line = lines[issue.Line - 1];
        Assert.StartsWith("1\t500\t", line, StringComparison.Ordinal);
        Assert.Equal(line.IndexOf("GT:G%3AS", StringComparison.Ordinal) + 1, issue.Column);
        Assert.Equal("FORMAT/G%3AS", issue.Field);
        Assert.Equal(4, accepted);
    }

    [Fact]
    public void Read_UnsortedFileByDefault_KeepsRecordsAndWarns()
    {
        using var reader = VcfReader.Open(TestData.Shared("vcf/hts-specs/4.3/failed/failed_body_unsorted_000.vcf"));
        var records = 0;
        while (reader.Read())
        {
            records++;
        }

        // 1400 → 500 and 1400 → 600 are out of order: kept, with warnings. Lines 200 and 300 are rejected for
        // GL lists of 3 values where 3 alleles and diploid GT need 6 (VCF019).
        Assert.Equal(4, records);
        var disorder = reader.Issues.Where(i => i.Code == VcfIssueCodes.OutOfOrder).ToList();
        Assert.Equal([8L, 9L], disorder.Select(i => i.Line));
        Assert.All(disorder, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
        Assert.Equal([5L, 6L], reader.Issues.Where(i => i.Code == VcfIssueCodes.Cardinality && i.Severity == IssueSeverity.Error).Select(i => i.Line));
    }
}

using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Fasta;
using OmicsBridge.Formats.Vcf;
using OmicsBridge.Formats.Vcf.Normalization;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Vcf;

public sealed class VcfBadInputTests
{
    [Fact]
    public void Read_BadLines_RejectsEachWithPositionedIssueAndKeepsTheRest()
    {
        using var reader = VcfReader.Open(TestData.Fixture("vcf/bad_lines.vcf"));
        var positions = new List<long>();
        while (reader.Read())
        {
            positions.Add(reader.Current.Position);
        }

        Assert.Equal([100L, 500L], positions);
        Assert.Equal(3, reader.RejectedCount);
        var errors = reader.Issues.Where(i => i.Severity == IssueSeverity.Error).ToList();
        Assert.Equal(
            [(VcfIssueCodes.ColumnCount, 9L), (VcfIssueCodes.BadPosition, 10L), (VcfIssueCodes.AlleleIndexOutOfRange, 11L)],
            errors.Select(i => (i.Code, i.Line)));
        Assert.Equal(3, errors[1].Column); // POS starts after "1\t"
        Assert.Equal("S1/GT", errors[2].Field);
        Assert.All(errors, i => Assert.Equal("bad_lines.vcf", i.File));
        var undeclared = Assert.Single(reader.Issues, i => i.Code == VcfIssueCodes.UndeclaredInfo);
        Assert.Equal((IssueSeverity.Warning, 12L, "INFO/XYZ"), (undeclared.Severity, undeclared.Line, undeclared.Field));
    }

    [Fact]
    public void Read_EmptyLastSampleColumn_IsAnEmptyCallOfThatLine()
    {
        // The line ends in FORMAT's tab: its one sample column is empty, not the previous line's call.
        var text = "##fileformat=VCFv4.3\n##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\n"
            + "1\t100\t.\tA\tG\t.\tPASS\t.\tGT\t0/1\n"
            + "1\t200\t.\tA\tG\t.\tPASS\t.\tGT\t\n";
        using var reader = VcfReader.Open(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(text)), "empty-sample.vcf");

        Assert.True(reader.Read());
        Assert.Equal([0, 1], reader.Current.Genotypes.GetAlleles(0).ToArray());
        Assert.True(reader.Read());
        Assert.Equal(0, reader.Current.Genotypes.GetPloidy(0));
        Assert.Equal([0], reader.Current.Genotypes.GetNonHomRefSamples().ToArray());
    }

    [Fact]
    public void Read_GenotypeNotFirst_WarnsOnceAndReadsItByName()
    {
        var text = string.Join('\n',
            "##fileformat=VCFv4.3",
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
            "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">",
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2",
            "1\t100\t.\tA\tG\t.\tPASS\t.\tDP:GT\t12:0/1\t8:0|0",
            "1\t200\t.\tA\tG\t.\tPASS\t.\tDP:GT\t3:1/1\t9:0/0",
            "");
        using var reader = VcfReader.Open(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(text)), "gt-last.vcf");

        Assert.True(reader.Read());
        Assert.Equal([0], reader.Current.Genotypes.GetNonHomRefSamples().ToArray());
        Assert.Equal(12, reader.Current.Genotypes.GetDepth(0));
        Assert.True(reader.Read());
        Assert.Equal([1, 1], reader.Current.Genotypes.GetAlleles(0).ToArray());
        var warning = Assert.Single(reader.Issues);
        Assert.Equal((VcfIssueCodes.GenotypeNotFirst, IssueSeverity.Warning, 5L), (warning.Code, warning.Severity, warning.Line));
    }

    [Fact]
    public void Read_HomRefCalls_DepthAndQualityReadOnDemand_AndExtraSubFieldsStillRejected()
    {
        var text = string.Join('\n',
            "##fileformat=VCFv4.2",
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
            "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">",
            "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Quality\">",
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2\tS3\tS4\tS5",
            "1\t100\t.\tA\tG\t.\tPASS\t.\tGT:DP:GQ\t0/0:12:34\t0/1:5:6\t0/0\t0|0:.:7\t0/0:8",
            "1\t200\t.\tA\tG\t.\tPASS\t.\tGT:DP:GQ\t0/0:1:2:3\t0/1:5:6\t0/0\t0/0\t0/0",
            "");
        using var reader = VcfReader.Open(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(text)), "homref.vcf");

        Assert.True(reader.Read());
        var g = reader.Current.Genotypes;
        Assert.Equal([12, 5, null, null, 8], Enumerable.Range(0, 5).Select(g.GetDepth));
        Assert.Equal([34, 6, null, 7, null], Enumerable.Range(0, 5).Select(g.GetGenotypeQuality));
        Assert.True(g.IsPhased(3));
        Assert.True(reader.Current.Genotypes.TryGetRawField(3, "GQ", out var gq) && gq.SequenceEqual("7"u8));

        // A hom-ref call with more sub-fields than FORMAT is still an error that rejects its line.
        Assert.False(reader.Read());
        var issue = Assert.Single(reader.Issues, i => i.Code == VcfIssueCodes.TooManySampleFields);
        Assert.Equal((7L, "S1"), (issue.Line, issue.Field));
    }

    [Fact]
    public void Read_UndeclaredInfoKey_KeptAsString()
    {
        using var reader = VcfReader.Open(TestData.Fixture("vcf/bad_lines.vcf"));
        reader.Read();
        reader.Read();
        Assert.Equal("abc", reader.Current.GetInfoString("XYZ"));
    }

    [Fact]
    public void Read_AlleleDepths_GiveVafAndPartialMissingCall()
    {
        using var reader = VcfReader.Open(TestData.Fixture("vcf/bad_lines.vcf"));
        reader.Read();
        var g = reader.Current.Genotypes;
        Assert.Equal([6, 4], g.GetAlleleDepths(0).ToArray());
        Assert.Equal(0.4, g.GetVariantAlleleFraction(0, 1));
        Assert.Equal(0.0, g.GetVariantAlleleFraction(1, 1));
        reader.Read();
        g = reader.Current.Genotypes;
        Assert.Equal(1.0, g.GetVariantAlleleFraction(0, 1));
        Assert.Equal(VcfZygosity.PartialMissing, g.GetZygosity(1));
        Assert.True(g.GetAlleleDepths(1).IsEmpty);
        Assert.Null(g.GetDepth(1));
        Assert.Null(g.GetVariantAlleleFraction(1, 1));
    }

    [Fact]
    public void Open_DuplicateSampleNames_IsFatal()
    {
        var ex = Assert.Throws<OmicsBridgeException>(() => VcfReader.Open(TestData.Fixture("vcf/duplicate_samples.vcf")));
        var issue = Assert.Single(ex.Issues);
        Assert.Equal((VcfIssueCodes.DuplicateSample, IssueSeverity.Fatal, 2L), (issue.Code, issue.Severity, issue.Line));
        Assert.Equal(ErrorKind.InvalidInput, ex.Kind);
    }

    [Fact]
    public void Normalize_WithFasta_LeftAlignsLikeBcftoolsAndFlagsRefMismatch()
    {
        // Expected from: bcftools norm -c w -f tests/data/vcf/leftalign_ref.fa -m- tests/data/vcf/leftalign.vcf (1.16)
        //   chr1 7 A ACAG | chr1 22 GT G | chr1 22 GT G | chr1 25 T TC | chr1 40 G A | chr1 50 C G (REF_MISMATCH: FASTA has A)
        using var fasta = new IndexedFastaReader(TestData.Fixture("vcf/leftalign_ref.fa"));
        var normalizer = new VcfNormalizer(fasta);
        using var reader = VcfReader.Open(TestData.Fixture("vcf/leftalign.vcf"));
        var rows = new List<(long, string, string, bool?)>();
        while (reader.Read())
        {
            foreach (var allele in VcfAlleleSplitter.Split(reader.Current, normalizer))
            {
                rows.Add((allele.Normalized.Position, allele.Normalized.Ref, allele.Normalized.Alt, allele.Normalized.RefMatchesFasta));
            }
        }

        Assert.Equal(
            [(22L, "GT", "G", true), (7L, "A", "ACAG", true), (40L, "G", "A", true), (50L, "C", "G", false), (22L, "GT", "G", true), (25L, "T", "TC", true)],
            rows);
    }

    [Fact]
    public void Read_WithReferenceFasta_RejectsRefMismatchWithPosition()
    {
        using var fasta = new IndexedFastaReader(TestData.Fixture("vcf/leftalign_ref.fa"));
        using var reader = VcfReader.Open(TestData.Fixture("vcf/leftalign.vcf"), new VcfReaderOptions { ReferenceFasta = fasta });
        var ids = new List<string?>();
        while (reader.Read())
        {
            ids.Add(reader.Current.Id);
        }

        Assert.Equal(["r0", "r1", "r2", "r4"], ids);
        var issue = Assert.Single(reader.Issues, i => i.Severity != IssueSeverity.Warning); // the fixture is unsorted on purpose
        Assert.Equal((VcfIssueCodes.RefMismatch, IssueSeverity.Error, 8L, "REF"), (issue.Code, issue.Severity, issue.Line, issue.Field));
        Assert.Equal("chr1\t50\tr3\t".Length + 1, issue.Column);
    }

    [Fact]
    public void Fetch_IndexedFasta_ReadsAcrossLineBreaksAndAliases()
    {
        using var fasta = new IndexedFastaReader(TestData.Fixture("vcf/leftalign_ref.fa"));
        Assert.Equal("GATTACACAG", fasta.Fetch("chr1", 1, 10));
        var sequence = string.Concat(File.ReadLines(TestData.Fixture("vcf/leftalign_ref.fa")).Skip(1));
        Assert.Equal(sequence[55..65], fasta.Fetch("1", 56, 65)); // crosses the 60-base line; "1" aliases "chr1"
        Assert.Equal(203, fasta.Sequences.Single().Length);
    }
}

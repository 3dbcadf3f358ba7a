using System.Globalization;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Vcf;
using OmicsBridge.Pipeline.Ingest.Sources.Genomic;
using OmicsBridge.Testing;

namespace OmicsBridge.Pipeline.Tests.Genomic;

public sealed class VcfIngesterTests
{
    // Per-sample ALT-carrying calls after `bcftools norm -m-`, as stored (with the command that produced them) in
    // tests/OmicsBridge.Formats.Tests/Vcf/VcfBcftoolsParityTests.cs; here they are checked on the lake's genotype rows.
    [Theory]
    [InlineData("vcf/hts-specs/examples/simple.vcf", "NA00001=3 NA00002=5 NA00003=3")]
    [InlineData("vcf/hts-specs/4.2/passed/passed_body_samples.vcf", "HG00096=5 HG00097=4")]
    // bcftools gives HG00097=21: it also counts the reference-only line 1:1900 (ALT '.') whose GT names allele 1; a
    // reference-only line loads no variant here (VcfIngester VC5), so that call has no row.
    [InlineData("vcf/hts-specs/4.3/passed/passed_body_alt.vcf", "HG00096=1 HG00097=20")]
    [InlineData("vcf/hts-specs/4.3/passed/passed_symbolic_duplicates.vcf", "HG00097=2")]
    [InlineData("vcf/hts-specs/examples/sv44.vcf", "sample=9")]
    [InlineData("vcf/hts-specs/4.2/passed/complexfile_passed_000.vcf", "HG00096=4 HG00097=3 HG00099=1 HG00100=3 HG00101=3 HG00102=1 HG00103=3 HG00104=3 HG00106=3 HG00108=3 HG00109=1 HG00110=5 HG00111=3 HG00112=4 HG00113=5 HG00114=2 HG00116=2 HG00117=3 HG00118=3 HG00119=4 HG00120=3 HG00121=2 HG00122=4 HG00123=1 HG00124=3 HG00125=2 HG00126=2 HG00127=3 HG00128=1 HG00129=1 HG00130=1 HG00131=3 HG00133=1 HG00134=1 HG00135=4 HG00136=1 HG00137=2 HG00138=2 HG00139=4 HG00140=2 HG00141=1 HG00142=2 HG00143=2 HG00146=2 HG00148=3 HG00149=3 HG00150=3 HG00151=1 HG00152=4 HG00154=2 HG00155=3 HG00156=3 HG00158=3 HG00159=3 HG00160=2 HG00171=4 HG00173=3 HG00174=4 HG00176=2 HG00177=1 HG00178=2 HG00179=3 HG00180=3 HG00182=2 HG00183=1 HG00185=1 HG00186=2 HG00187=1 HG00188=2 HG00189=3 HG00190=2 HG00231=1 HG00232=2 HG00233=1 HG00234=1 HG00235=3 HG00236=1 HG00237=2 HG00238=2 HG00239=3 HG00240=4 HG00242=1 HG00243=1 HG00244=2 HG00245=1 HG00246=2 HG00247=2 HG00249=2 HG00250=2 HG00251=1 HG00252=1 HG00253=2 HG00254=2 HG00255=1 HG00256=1 HG00257=2 HG00258=2 HG00259=2 HG00260=1 HG00261=2")]
    public void Ingest_SharedVcf_AltCarryingCallsPerSampleEqualBcftoolsNorm(string file, string expectedCounts)
    {
        using var workspace = new TempWorkspace();
        var report = GenomicLake.Ingest(workspace, "vcf", TestData.Shared(file));

        Assert.NotNull(report.LakeVersion);
        var counts = GenomicLake.Query(workspace,
                "SELECT a.sample_id, count(*) FROM genotype g JOIN assay a USING (assay_id) " +
                "WHERE regexp_matches(g.gt, '(^|[/|])1($|[/|])') GROUP BY 1 ORDER BY 1")
            .Select(r => $"{r[0]}={Convert.ToInt64(r[1], CultureInfo.InvariantCulture)}");
        Assert.Equal(expectedCounts, string.Join(' ', counts));
    }

    [Fact]
    public void Ingest_EverySharedVcf_LoadsReconciledOrFailsWithCodedReason()
    {
        var files = Directory.EnumerateFiles(TestData.Shared("vcf"), "*.vcf", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 20);
        foreach (var file in files)
        {
            using var workspace = new TempWorkspace();
            try
            {
                var report = GenomicLake.Ingest(workspace, "vcf", file);
                Assert.Equal(report.Read, report.Accepted + report.Rejected);
                Assert.NotNull(report.LakeVersion);
                if (file.Contains("/failed/", StringComparison.Ordinal))
                {
                    Assert.True(report.IssueCount > 0, $"{file}: a known-invalid file loaded without an issue");
                }
            }
            catch (OmicsBridgeException ex)
            {
                Assert.Contains("/failed/", file, StringComparison.Ordinal);
                Assert.Contains("VCF", ex.Message + string.Join(' ', ex.Issues.Select(i => i.Code)), StringComparison.Ordinal);
                Assert.Null(workspace.Lake.GetSnapshot().Version);
            }
        }
    }

    [Fact]
    public void Ingest_MultiSampleFile_StoredCallsPerAssayEqualItsGenotypeRows()
    {
        // A summary's hom-ref calls are its variants minus its stored calls; the stored calls are counted apart from the
        // rows written, so they are checked against those rows (hom-ref counts against bcftools: the test below).
        using var workspace = new TempWorkspace();
        GenomicLake.Ingest(workspace, "vcf", TestData.Shared("vcf/hts-specs/4.2/passed/complexfile_passed_000.vcf"));

        var rows = GenomicLake.Query(workspace,
            "SELECT s.assay_id, s.stored_calls, (SELECT count(*) FROM genotype g WHERE g.assay_id = s.assay_id) FROM genotype_summary s");
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            Assert.Equal(Convert.ToInt64(row[1], CultureInfo.InvariantCulture), Convert.ToInt64(row[2], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void Ingest_InManySmallBatches_WritesTheSameGenotypeRowsAsInOne()
    {
        // Row groups (and so genotype batches) of 37 rows: hundreds of batches queue for the writer, taken in place or,
        // the last, copied; every row must arrive once, as with one batch for the whole file.
        using var inputs = new TempDirectory("ob-batches");
        var vcf = inputs.Combine("cohort.vcf.gz");
        VcfSyntheticWriter.Write(vcf, samples: 40, variants: 600, seed: 11);
        (long Rows, string Digest) Genotypes(int targetFileRows)
        {
            using var workspace = new TempWorkspace();
            workspace.Workspace.Settings.Lake.TargetFileRows = targetFileRows;
            GenomicLake.Ingest(workspace, "vcf", vcf);
            var row = GenomicLake.Query(workspace,
                "SELECT count(*), md5(string_agg(concat_ws(':', assay_id, variant_key, gt, zygosity, phased, dp, gq), ' ' ORDER BY variant_key, assay_id)), "
                + "(SELECT CAST(sum(stored_calls) AS BIGINT) FROM genotype_summary) FROM genotype")[0];
            var rows = Convert.ToInt64(row[0], CultureInfo.InvariantCulture);
            Assert.Equal(rows, Convert.ToInt64(row[2], CultureInfo.InvariantCulture));
            return (rows, (string)row[1]!);
        }

        var inOne = Genotypes(1_000_000);
        Assert.True(inOne.Rows > 37 * 100, $"{inOne.Rows} rows");
        Assert.Equal(inOne, Genotypes(37));
    }

    [Fact]
    public void Ingest_SimpleVcf_HomRefCallsPerSampleEqualBcftoolsNorm()
    {
        // bcftools norm -m- simple.vcf | bcftools view -e 'ALT="."' | bcftools query -f '[%SAMPLE\t%GT\n]' | awk -F'\t'
        //   '$2 ~ /^0([|\/]0)*$/ {n[$1]++} {v[$1]++} END {for (s in v) print s, n[s], v[s]}' (bcftools 1.16): of 6 split
        // variants, NA00001 3 hom-ref calls, NA00002 1, NA00003 3.
        using var workspace = new TempWorkspace();
        GenomicLake.Ingest(workspace, "vcf", TestData.Shared("vcf/hts-specs/examples/simple.vcf"));

        var rows = GenomicLake.Query(workspace,
            "SELECT a.sample_id, s.variants, s.hom_ref_calls FROM genotype_summary s JOIN assay a USING (assay_id) ORDER BY 1");
        Assert.Equal("NA00001 6 3, NA00002 6 1, NA00003 6 3", string.Join(", ", rows.Select(r => string.Join(' ', r))));
    }

    [Fact]
    public void Ingest_SameVariantFromTwoFiles_IsOneVariantRow()
    {
        using var workspace = new TempWorkspace();
        var first = workspace.WriteInput("a.vcf", Vcf("S1", "chr17\t43045712\t.\tG\tA\t50\tPASS\t.\tGT\t0/1"));
        var second = workspace.WriteInput("b.vcf", Vcf("S2", "17\t43045712\trs1\tG\tA\t50\tPASS\t.\tGT\t1/1"));
        GenomicLake.Ingest(workspace, "vcf", first);
        GenomicLake.Ingest(workspace, "vcf", second);

        Assert.Equal(1, GenomicLake.Scalar(workspace, "SELECT count(*) FROM variant"));
        Assert.Equal("GRCh38:17-43045712-G-A", GenomicLake.Query(workspace, "SELECT variant_key FROM variant")[0][0]);
        Assert.Equal(2, GenomicLake.Scalar(workspace, "SELECT count(*) FROM genotype WHERE variant_key = 'GRCh38:17-43045712-G-A'"));
    }

    [Fact]
    public void Ingest_MultiAllelicWithAnnotation_SplitsGenotypesAndPicksCanonicalAnnotation()
    {
        using var workspace = new TempWorkspace();
        var path = workspace.WriteInput("multi.vcf", string.Join('\n',
            "##fileformat=VCFv4.3",
            "##reference=GRCh38",
            "##INFO=<ID=CLNSIG,Number=.,Type=String,Description=\"ClinVar\">",
            "##INFO=<ID=CSQ,Number=.,Type=String,Description=\"Consequence annotations from Ensembl VEP. Format: Allele|Consequence|IMPACT|SYMBOL|Gene|Feature_type|Feature|BIOTYPE|HGVSc|HGVSp|CANONICAL\">",
            "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
            "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Depths\">",
            "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS1\tS2",
            "chr13\t32316500\t.\tC\tT,G\t50\tPASS\tCLNSIG=Uncertain_significance;CSQ=T|missense_variant|MODERATE|BRCA2|ENSG1|Transcript|ENST2|protein_coding|ENST2:c.1A>T|ENSP2:p.Met1Leu|,T|stop_gained|HIGH|BRCA2|ENSG1|Transcript|ENST1|protein_coding|ENST1:c.5C>T|ENSP1:p.Gln2Ter|YES\tGT:AD\t0/2:5,0,5\t1|2:0,4,6",
            ""));
        var report = GenomicLake.Ingest(workspace, "vcf", path);

        Assert.Equal(1, report.Accepted);
        var genotypes = GenomicLake.Query(workspace,
            "SELECT a.sample_id, g.variant_key, g.gt, g.zygosity, g.ad_ref, g.ad_alt, round(g.vaf, 2) FROM genotype g JOIN assay a USING (assay_id) ORDER BY 1, 2");
        Assert.Equal(
            ["S1 GRCh38:13-32316500-C-G 0/1 het 5 5 0.5", "S2 GRCh38:13-32316500-C-G 0|1 het 0 6 0.6", "S2 GRCh38:13-32316500-C-T 1|0 het 0 4 0.4"],
            genotypes.Select(r => string.Join(' ', r.Select(v => Convert.ToString(v, CultureInfo.InvariantCulture)))));
        var variant = GenomicLake.Query(workspace, "SELECT gene, consequence, transcript, hgvs_p, clinical_significance, hgvs_g FROM variant WHERE alt = 'T'")[0];
        Assert.Equal(["BRCA2", "stop_gained", "ENST1", "ENSP1:p.Gln2Ter", "uncertain_significance", "NC_000013.11:g.32316500C>T"], variant);
        Assert.Equal(2, GenomicLake.Scalar(workspace, "SELECT count(*) FROM variant_annotation WHERE variant_key = 'GRCh38:13-32316500-C-T'"));
        Assert.Equal(0, GenomicLake.Scalar(workspace, "SELECT count(*) FROM variant WHERE alt = 'G' AND gene IS NOT NULL"));
    }

    [Fact]
    public void Ingest_BadLines_RejectsEachWithFileLineAndColumnAndKeepsTheRest()
    {
        using var workspace = new TempWorkspace();
        var report = GenomicLake.Ingest(workspace, "vcf", TestData.Fixture("vcf/bad_lines.vcf"));

        Assert.Equal(report.Read, report.Accepted + report.Rejected);
        Assert.True(report.Rejected >= 3);
        var codes = report.Issues.Select(i => i.Code).ToHashSet();
        Assert.Contains("VCF010", codes);
        Assert.Contains("VCF011", codes);
        Assert.Contains("VCF018", codes);
        Assert.Contains(report.Issues, i => i.Code == "VCF015" && i.Severity == IssueSeverity.Warning);
        Assert.All(report.Issues.Where(i => i.Severity == IssueSeverity.Error), i =>
        {
            Assert.Equal("bad_lines.vcf", i.File);
            Assert.True(i.Line > 0);
        });
        Assert.Equal(report.Rejected, GenomicLake.Scalar(workspace, "SELECT count(*) FROM reject WHERE severity = 'error'"));
    }

    [Fact]
    public void Ingest_DuplicateSampleNames_FailsAndCommitsNothing()
    {
        using var workspace = new TempWorkspace();
        var ex = Assert.Throws<OmicsBridgeException>(() => GenomicLake.Ingest(workspace, "vcf", TestData.Fixture("vcf/duplicate_samples.vcf")));

        Assert.Contains(ex.Issues, i => i.Code == "VCF004");
        Assert.Null(workspace.Lake.GetSnapshot().Version);
    }

    [Fact]
    public void Ingest_TruncatedBgzf_FailsAndLeavesNoDataFiles()
    {
        using var workspace = new TempWorkspace();
        var bytes = File.ReadAllBytes(TestData.Fixture("vcf/region.vcf.gz"));
        var path = Path.Combine(workspace.Inputs, "cut.vcf.gz");
        File.WriteAllBytes(path, bytes[..(bytes.Length * 2 / 3)]);

        var ex = Assert.Throws<OmicsBridgeException>(() => GenomicLake.Ingest(workspace, "vcf", path));

        Assert.Contains("VCF007", ex.Message + string.Join(' ', ex.Issues.Select(i => i.Code)), StringComparison.Ordinal);
        Assert.Null(workspace.Lake.GetSnapshot().Version);
        Assert.Empty(Directory.EnumerateFiles(workspace.Workspace.LakePath, "*.parquet", SearchOption.AllDirectories));
    }

    [Fact]
    public void Ingest_Region_ReadsTheLandedCopyThroughTheIndexBesideTheOriginal()
    {
        using var workspace = new TempWorkspace();
        var path = Path.Combine(workspace.Inputs, "region.vcf.gz");
        File.Copy(TestData.Fixture("vcf/region.vcf.gz"), path);
        File.Copy(TestData.Fixture("vcf/region.vcf.gz.tbi"), path + ".tbi");
        var ingester = new VcfIngester(new GenomicIngestOptions { Region = "chr1:20000-21000" });

        var report = GenomicLake.Ingest(workspace, ingester, path);

        // bcftools view -H -r chr1:20000-21000 region.vcf.gz: variant_00040 (a <DEL> reaching into the region) and 00041.
        Assert.Equal(2, report.Accepted);
        Assert.Equal(2, GenomicLake.Scalar(workspace, "SELECT count(*) FROM variant"));

        // Without the index beside the original, the usage error names the file and the fix.
        File.Delete(path + ".tbi");
        using var another = new TempWorkspace();
        var ex = Assert.Throws<OmicsBridgeException>(() => GenomicLake.Ingest(another, ingester, path));
        Assert.Contains("tabix -p vcf region.vcf.gz", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_RefMismatchAgainstReference_RejectsTheLineAndLeftAlignsTheOthers()
    {
        using var workspace = new TempWorkspace();
        var ingester = new VcfIngester(new GenomicIngestOptions { ReferenceFasta = TestData.Fixture("vcf/leftalign_ref.fa") });
        var content = File.ReadAllText(TestData.Fixture("vcf/leftalign.vcf")).TrimEnd('\n') + "\nchr1\t60\tbad\tA\tC\t50\tPASS\t.\tGT\t0/1\n";
        var report = GenomicLake.Ingest(workspace, ingester, workspace.WriteInput("leftalign.vcf", content));

        Assert.Contains(report.Issues, i => i.Code == "VCF022" && i.Line > 0 && i.Column is not null && i.Excerpt!.Contains("\tbad\t", StringComparison.Ordinal));
        Assert.Equal(report.Issues.Count(i => i.Code == "VCF022"), report.Rejected);
        Assert.Equal(0, GenomicLake.Scalar(workspace, "SELECT count(*) FROM variant WHERE pos = 60"));
        // G>GCAG after the CAG repeat at 8–19 moves left to its start, as bcftools norm -f does.
        Assert.Equal(1, GenomicLake.Scalar(workspace, "SELECT count(*) FROM variant WHERE variant_key = 'Unknown:1-7-A-ACAG'"));
    }

    private static string Vcf(string sample, string line) => string.Join('\n',
        "##fileformat=VCFv4.2",
        "##reference=GRCh38",
        "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">",
        $"#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t{sample}",
        line,
        "");
}

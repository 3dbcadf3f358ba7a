using System.Globalization;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Testing;

namespace OmicsBridge.Pipeline.Tests.Genomic;

public sealed class MafCnaIngesterTests
{
    private const string Study = "cbioportal/study_es_0/";

    [Fact]
    public void Ingest_CbioportalStudyMafAndCna_JoinToManifestSamplesAndPatients()
    {
        using var workspace = new TempWorkspace();
        GenomicLake.Ingest(workspace, "manifest", TestData.Shared(Study + "data_clinical_samples.txt"));
        var maf = GenomicLake.Ingest(workspace, "maf", TestData.Shared(Study + "data_mutations_extended.maf"));
        var cna = GenomicLake.Ingest(workspace, "cna",
            TestData.Shared(Study + "data_cna_discrete.txt"), TestData.Shared(Study + "data_cna_log2.txt"), TestData.Shared(Study + "data_cna_hg19.seg"));

        Assert.Equal(maf.Read, maf.Accepted + maf.Rejected);
        Assert.Equal(cna.Read, cna.Accepted + cna.Rejected);
        Assert.True(maf.Accepted > 0);
        var mutations = GenomicLake.Scalar(workspace, "SELECT count(*) FROM mutation");
        Assert.Equal(maf.Accepted, mutations);
        Assert.Equal(mutations, GenomicLake.Scalar(workspace,
            "SELECT count(*) FROM mutation m JOIN assay a USING (assay_id) JOIN sample s ON s.sample_id = a.sample_id WHERE s.patient_id IS NOT NULL"));
        Assert.Equal(0, GenomicLake.Scalar(workspace, "SELECT count(*) FROM mutation m LEFT JOIN variant v USING (variant_key) WHERE v.variant_key IS NULL"));
        var first = GenomicLake.Query(workspace, "SELECT variant_key, gene, hgvs_p FROM mutation WHERE gene = 'OR11H1' AND sample_id = 'TCGA-A1-A0SB-01'")[0];
        Assert.Equal(["GRCh37:22-16449539-A-G", "OR11H1", "p.V89A"], first);

        Assert.True(GenomicLake.Scalar(workspace, "SELECT count(*) FROM copy_number WHERE discrete_value IS NOT NULL") > 0);
        Assert.True(GenomicLake.Scalar(workspace, "SELECT count(*) FROM copy_number WHERE log2_ratio IS NOT NULL") > 0);
        Assert.True(GenomicLake.Scalar(workspace, "SELECT count(*) FROM copy_number WHERE segment_mean IS NOT NULL") > 0);
        Assert.Equal(-0.55, Convert.ToDouble(GenomicLake.Query(workspace,
            "SELECT log2_ratio FROM copy_number WHERE gene = 'ACAP3' AND sample_id = 'TCGA-A1-A0SD-01' AND log2_ratio IS NOT NULL")[0][0], CultureInfo.InvariantCulture), 6);
        Assert.Equal(GenomicLake.Scalar(workspace, "SELECT count(*) FROM copy_number"), GenomicLake.Scalar(workspace,
            "SELECT count(*) FROM copy_number c JOIN sample s USING (sample_id) JOIN assay a ON a.assay_id = c.assay_id"));
    }

    [Fact]
    public void Ingest_MafWithoutTumorSampleBarcode_FailsWithFileAndLineAndCommitsNothing()
    {
        using var workspace = new TempWorkspace();
        var path = workspace.WriteInput("no_barcode.maf", "#version 2.4\nHugo_Symbol\tChromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele2\nTP53\t17\t7577120\tC\tT\n");

        var ex = Assert.Throws<OmicsBridgeException>(() => GenomicLake.Ingest(workspace, "maf", path));

        var issue = Assert.Single(ex.Issues);
        Assert.Equal(("MAF001", "no_barcode.maf", 2L), (issue.Code, issue.File, issue.Line));
        Assert.Null(workspace.Lake.GetSnapshot().Version);
    }

    [Fact]
    public void Ingest_MafBadLines_RejectsEachWithLineAndColumn()
    {
        using var workspace = new TempWorkspace();
        var path = workspace.WriteInput("bad.maf", string.Join('\n',
            "Hugo_Symbol\tNCBI_Build\tChromosome\tStart_Position\tReference_Allele\tTumor_Seq_Allele1\tTumor_Seq_Allele2\tTumor_Sample_Barcode",
            "TP53\tGRCh38\t17\t7675088\tC\tC\tT\tT1",
            "TP53\tGRCh38\t17\tabc\tC\tC\tT\tT1",
            "TP53\tGRCh38\t17\t7675088\tC\tC\tT\tT1\textra",
            "TP53\tGRCh38\t17\t7675090\tC\tC\tT\t",
            ""));

        var report = GenomicLake.Ingest(workspace, "maf", path);

        Assert.Equal((4L, 1L, 3L), (report.Read, report.Accepted, report.Rejected));
        Assert.Equal(["MAF011@3:4", "MAF010@4:9", "MAF012@5:8"], report.Issues.Select(i => $"{i.Code}@{i.Line}:{i.Column}"));
    }

    [Fact]
    public void Ingest_DiscreteCnaOutOfRange_RejectsTheValue()
    {
        using var workspace = new TempWorkspace();
        var path = workspace.WriteInput("data_cna.txt", "Hugo_Symbol\tEntrez_Gene_Id\tS1\tS2\nBRCA2\t675\t-2\t7\nTP53\t7157\tNA\t1\n");

        var report = GenomicLake.Ingest(workspace, "cna", path);

        Assert.Equal((4L, 3L, 1L), (report.Read, report.Accepted, report.Rejected));
        Assert.Equal(("CNA011", 2L, 4), (report.Issues[0].Code, report.Issues[0].Line, report.Issues[0].Column!.Value));
        Assert.Equal(2, GenomicLake.Scalar(workspace, "SELECT count(*) FROM copy_number"));
    }
}

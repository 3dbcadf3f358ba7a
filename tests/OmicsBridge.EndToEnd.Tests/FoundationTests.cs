using System.Globalization;
using OmicsBridge.Testing;

namespace OmicsBridge.EndToEnd.Tests;

/// <summary>Issue 2's end-to-end path: init, ingest a manifest and matrices, query, time travel, idempotent re-ingest.</summary>
public sealed class FoundationTests : IDisposable
{
    private readonly TempDirectory _temp = new("ob-e2e");

    [Fact]
    public void InitIngestQuery_RealCbioportalFiles_AnswerTheModalityQuestion()
    {
        var ws = _temp.Combine("ws");
        Assert.Equal(0, Cli.Run("init", ws).ExitCode);

        var manifest = Cli.Run("ingest", "manifest", TestData.Shared("cbioportal/study_es_0/data_clinical_samples.txt"), "-w", ws);
        Assert.True(manifest.ExitCode is 0 or 1, manifest.ToString());
        var matrix = Cli.Run("ingest", "matrix", TestData.Shared("cbioportal/study_es_0/data_expression_median.txt"), "-w", ws);
        Assert.Equal(0, matrix.ExitCode);

        var answer = Cli.Run("sql", "SELECT a.modality, count(*) AS n FROM molecular_measurement m JOIN assay a USING (assay_id) GROUP BY 1",
            "-w", ws, "--format", "csv");
        Assert.Equal(0, answer.ExitCode);
        Assert.Equal("modality,n\ntranscriptomics,3156\n", answer.Data);

        // The manifest's samples link the matrix columns to patients (cBioPortal PATIENT_ID).
        var linked = Scalar(ws, "SELECT count(DISTINCT s.patient_id) FROM molecular_measurement m JOIN assay a USING (assay_id) JOIN sample s USING (sample_id)");
        Assert.True(linked > 400, $"only {linked} patients linked");
    }

    [Fact]
    public void Ingest_SameBytesTwice_AddsNothingAndSaysSo()
    {
        var ws = InitWithManifest();
        var versionsBefore = Scalar(ws, "SELECT count(*) FROM sample");

        var again = Cli.Run("ingest", "manifest", ManifestPath(), "-w", ws);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("skipped", again.Data, StringComparison.Ordinal);
        Assert.Contains("No-op", again.Errors, StringComparison.Ordinal);
        Assert.Equal(versionsBefore, Scalar(ws, "SELECT count(*) FROM sample"));
        Assert.Equal(1, Scalar(ws, "SELECT count(*) FROM ingest_run"));
        Assert.Equal(1, CountLakeVersions(ws));
    }

    [Fact]
    public void SqlAsOf_Zero_ShowsTheFirstVersion()
    {
        var ws = InitWithManifest();
        var more = _temp.Combine("more_samples.csv");
        File.WriteAllText(more, "sample_id,mrn,modality\nX-1,MRN-X1,RNA-seq\nX-2,MRN-X2,WES\n");
        Assert.Equal(0, Cli.Run("ingest", "manifest", more, "-w", ws).ExitCode);

        Assert.Equal(5, Scalar(ws, "SELECT count(*) FROM sample"));
        Assert.Equal(3, Scalar(ws, "SELECT count(*) FROM sample", asOf: 0));
        var history = Cli.Run("tables", "--history", "-w", ws, "--format", "csv");
        Assert.Equal(2, Cli.CsvRows(history).Length);
    }

    [Fact]
    public void Sql_NonSelect_IsRefusedAndTheLakeUnchanged()
    {
        var ws = InitWithManifest();
        foreach (var statement in new[]
        {
            "DELETE FROM sample",
            "INSERT INTO sample SELECT * FROM sample",
            "CREATE TABLE x AS SELECT 1",
            "COPY sample TO '/tmp/x.csv'",
            "ATTACH '/tmp/x.db'",
            "SELECT 1; DROP VIEW sample",
            "PRAGMA version",
            "SET threads = 1",
        })
        {
            var run = Cli.Run("sql", statement, "-w", ws);
            Assert.True(run.ExitCode is 1 or 3, $"{statement}: {run}");
            Assert.Contains("error", run.Errors, StringComparison.Ordinal);
        }

        Assert.Equal(3, Scalar(ws, "SELECT count(*) FROM sample"));
    }

    [Fact]
    public void Ingest_ReconciliationLine_SaysReadEqualsAcceptedPlusRejected()
    {
        var ws = _temp.Combine("ws");
        Cli.Run("init", ws);
        var manifest = _temp.Combine("samples.csv");
        File.WriteAllText(manifest, "sample_id,mrn,modality\nA-1,MRN1,RNA-seq\nA-1,MRN2,RNA-seq\nA-2,MRN2,WES\n");

        var run = Cli.Run("ingest", "manifest", manifest, "-w", ws);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Reconciliation: 3 read = 2 accepted + 1 rejected", run.Errors, StringComparison.Ordinal);
        Assert.Contains("MAN002", run.Errors, StringComparison.Ordinal);
        Assert.Contains("samples.csv:3", run.Errors, StringComparison.Ordinal);
        Assert.Equal(1, Scalar(ws, "SELECT count(*) FROM reject WHERE code = 'MAN002' AND line = 3"));
        Assert.Equal(2, Scalar(ws, "SELECT count(*) FROM sample"));
    }

    [Fact]
    public void Ingest_MatrixColumnNotInAnyManifest_CreatesTheSampleAndReportsIt()
    {
        var ws = InitWithManifest();
        var matrix = _temp.Combine("expression.tsv");
        File.WriteAllText(matrix, "gene\tS-1\tS-NEW\nTP53\t1.5\tNA\nBRCA2\t2.5\t3.5\n");

        var run = Cli.Run("ingest", "matrix", matrix, "-w", ws);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 samples in no manifest, created without a patient (S-NEW)", run.Data, StringComparison.Ordinal);
        Assert.Equal(1, Scalar(ws, "SELECT count(*) FROM sample WHERE sample_id = 'S-NEW' AND patient_id IS NULL"));
        Assert.Equal(3, Scalar(ws, "SELECT count(*) FROM molecular_measurement"));
        Assert.Equal(1, Scalar(ws, "SELECT count(*) FROM molecular_measurement WHERE feature_namespace = 'HGNC' AND feature_id = 'TP53'"));
    }

    public void Dispose() => _temp.Dispose();

    internal static long Scalar(string ws, string sql, long? asOf = null)
    {
        var args = new List<string> { "sql", sql, "-w", ws, "--format", "csv" };
        if (asOf is not null)
        {
            args.AddRange(["--as-of", asOf.Value.ToString(CultureInfo.InvariantCulture)]);
        }

        var run = Cli.Run([.. args]);
        Assert.True(run.ExitCode == 0, run.ToString());
        return long.Parse(Cli.CsvRows(run)[0][0], CultureInfo.InvariantCulture);
    }

    private string ManifestPath()
    {
        var path = _temp.Combine("samples.csv");
        if (!File.Exists(path))
        {
            File.WriteAllText(path, "sample_id,mrn,sample_type,modality,batch\nS-1,MRN1,tumour,RNA-seq,B1\nS-2,MRN1,blood,WES,W1\nS-3,MRN2,tumour,RNA-seq,B2\n");
        }

        return path;
    }

    private string InitWithManifest()
    {
        var ws = _temp.Combine("ws");
        Assert.Equal(0, Cli.Run("init", ws).ExitCode);
        var run = Cli.Run("ingest", "manifest", ManifestPath(), "-w", ws);
        Assert.True(run.ExitCode == 0, run.ToString());
        return ws;
    }

    private static int CountLakeVersions(string ws) =>
        Directory.EnumerateFiles(Path.Combine(ws, "lake", "_lake_log"), "*.json").Count();
}

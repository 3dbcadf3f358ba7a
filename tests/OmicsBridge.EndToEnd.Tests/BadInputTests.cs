using System.IO.Compression;
using OmicsBridge.Testing;

namespace OmicsBridge.EndToEnd.Tests;

/// <summary>Issue 2's bad-input list: each gives exit 1 (2 for usage), names the file (and line), and leaves the lake as it was.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly TempDirectory _temp = new("ob-bad");
    private readonly string _ws;

    public BadInputTests()
    {
        _ws = _temp.Combine("ws");
        Cli.Run("init", _ws);
        var manifest = _temp.Combine("good_samples.csv");
        File.WriteAllText(manifest, "sample_id,mrn,modality\nS-1,MRN1,RNA-seq\n");
        Assert.Equal(0, Cli.Run("ingest", "manifest", manifest, "-w", _ws).ExitCode);
    }

    [Fact]
    public void MissingFile_NamesIt()
    {
        var run = Cli.Run("ingest", "manifest", _temp.Combine("nope.csv"), "-w", _ws);
        AssertFailedCleanly(run, "nope.csv");
    }

    [Fact]
    public void EmptyFile_NamesIt()
    {
        var path = _temp.Combine("empty_samples.csv");
        File.WriteAllText(path, "");
        AssertFailedCleanly(Cli.Run("ingest", "manifest", path, "-w", _ws), "empty_samples.csv");
    }

    [Fact]
    public void BinaryFile_NamesIt()
    {
        var path = _temp.Combine("expression.tsv");
        File.WriteAllBytes(path, [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0x00, 0xFF, 0x10, 0x00]);
        var run = Cli.Run("ingest", "matrix", path, "-w", _ws);
        AssertFailedCleanly(run, "expression.tsv");
        Assert.Contains("binary", run.Errors, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TruncatedGzip_NamesIt()
    {
        var full = _temp.Combine("full.tsv.gz");
        using (var gzip = new GZipStream(File.Create(full), CompressionLevel.Optimal))
        using (var writer = new StreamWriter(gzip))
        {
            writer.Write("gene\tS-1\n");
            for (var i = 0; i < 20_000; i++)
            {
                writer.Write($"G{i}\t{i}.25\n");
            }
        }

        var bytes = File.ReadAllBytes(full);
        var truncated = _temp.Combine("truncated_expression.tsv.gz");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);

        var run = Cli.Run("ingest", "matrix", truncated, "-w", _ws);
        AssertFailedCleanly(run, "truncated_expression.tsv.gz");
    }

    [Fact]
    public void MatrixWithRaggedRows_RejectsThoseLinesByNumberAndLoadsTheRest()
    {
        var path = _temp.Combine("ragged_expression.tsv");
        File.WriteAllText(path, "gene\tS-1\tS-2\nTP53\t1\t2\nBRCA2\t3\nKRAS\t4\t5\t6\nEGFR\t7\t8\n");

        var run = Cli.Run("ingest", "matrix", path, "-w", _ws);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("MTX002", run.Errors, StringComparison.Ordinal);
        Assert.Contains("ragged_expression.tsv:3", run.Errors, StringComparison.Ordinal);
        Assert.Contains("ragged_expression.tsv:4", run.Errors, StringComparison.Ordinal);
        Assert.Contains("Reconciliation: 8 read = 4 accepted + 4 rejected", run.Errors, StringComparison.Ordinal);
        Assert.Equal(4, FoundationTests.Scalar(_ws, "SELECT count(*) FROM molecular_measurement"));
    }

    [Fact]
    public void ManifestWithoutSampleIdColumn_ListsTheColumnsFound()
    {
        var path = _temp.Combine("bad_manifest.csv");
        File.WriteAllText(path, "patient,tissue\nMRN1,breast\n");
        var run = Cli.Run("ingest", "manifest", path, "-w", _ws);
        AssertFailedCleanly(run, "bad_manifest.csv");
        Assert.Contains("MAN001", run.Errors, StringComparison.Ordinal);
        Assert.Contains("tissue", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void WorkspaceThatDoesNotExist_SaysHowToCreateIt()
    {
        var run = Cli.Run("sql", "SELECT 1", "-w", _temp.Combine("missing-ws"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("omicsbridge init", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownOption_IsAUsageError()
    {
        var run = Cli.Run("sql", "SELECT 1", "--frobnicate");
        Assert.Equal(2, run.ExitCode);
    }

    public void Dispose() => _temp.Dispose();

    private void AssertFailedCleanly(CliRun run, string fileName)
    {
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(fileName, run.Errors, StringComparison.Ordinal);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(_ws, "lake", "_lake_log"), "*.json"));
        Assert.Equal(1, FoundationTests.Scalar(_ws, "SELECT count(*) FROM sample"));
    }
}

using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Lake.Query;
using OmicsBridge.Lake.Schema;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Testing;

namespace OmicsBridge.Lake.Tests.Writing;

public sealed class LakeWriteTransactionTests
{
    [Fact]
    public void Commit_FirstRun_CreatesEveryTableAndPublishesVersionZero()
    {
        using var ws = new TempWorkspace();
        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            AppendSamples(tx, "S1", "S2");
            var version = tx.Commit();
            Assert.Equal(0, version.Version);
        }

        var snapshot = ws.Lake.GetSnapshot();
        Assert.Equal(0, snapshot.Version);
        foreach (var table in LakeTables.All)
        {
            Assert.True(snapshot.HasTable(table.Name), table.Name);
        }

        Assert.Equal(2L, Count(ws, "sample"));
        Assert.Equal(0L, Count(ws, "reject"));
    }

    [Fact]
    public void Commit_WritesDeltaAddsWithCountsKeyTagAndTxn()
    {
        using var ws = new TempWorkspace();
        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            AppendSamples(tx, "S1", "S2", "S3");
            tx.Commit();
        }

        var table = new DeltaTable(Path.Combine(ws.Workspace.LakePath, "sample"));
        var snapshot = table.GetSnapshot();
        var file = Assert.Single(snapshot.Files);
        Assert.Contains("\"numRecords\":3", file.Stats, StringComparison.Ordinal);
        Assert.Contains("\"nullCount\":{\"sample_id\":0", file.Stats, StringComparison.Ordinal);
        Assert.True(file.Size > 0);
        var keyId = file.Tags![DataKey.FileTag]!;
        Assert.Equal(32, ws.Lake.Keys.Get(keyId).Key.Length);
        var log = File.ReadAllText(Path.Combine(table.RootPath, "_delta_log", "00000000000000000000.json"));
        // The log is plaintext: it names the key, and carries no column value (no min/max of sample ids).
        Assert.DoesNotContain("S1", log, StringComparison.Ordinal);
        Assert.Contains("\"txn\":{\"appId\":\"omicsbridge-lake\",\"version\":0", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Dispose_WithoutCommit_LeavesLakeAsItWasAndDeletesDataFiles()
    {
        using var ws = new TempWorkspace();
        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            AppendSamples(tx, "S1");
            tx.Commit();
        }

        using (var tx = ws.Lake.BeginWrite("run-2", "test"))
        {
            AppendSamples(tx, "S2", "S3");
        }

        Assert.Equal(0, ws.Lake.GetSnapshot().Version);
        Assert.Equal(1L, Count(ws, "sample"));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(ws.Workspace.LakePath, "sample"), "*.parquet"));
    }

    [Fact]
    public void GetSnapshot_AsOf_ReadsOlderVersion()
    {
        using var ws = new TempWorkspace();
        foreach (var (run, ids) in new[] { ("run-1", new[] { "S1" }), ("run-2", new[] { "S2", "S3" }) })
        {
            using var tx = ws.Lake.BeginWrite(run, "test");
            AppendSamples(tx, ids);
            tx.Commit();
        }

        Assert.Equal(3L, Count(ws, "sample"));
        Assert.Equal(1L, Count(ws, "sample", asOf: 0));
        var error = Assert.Throws<OmicsBridgeException>(() => ws.Lake.GetSnapshot(7));
        Assert.Contains("versions 0..1 exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BeginWrite_AfterTableCommitWithoutLakeVersion_RollsTheOrphanBack()
    {
        using var ws = new TempWorkspace();
        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            AppendSamples(tx, "S1");
            tx.Commit();
        }

        // A writer that crashed after committing the sample table's Delta log but before the lake version.
        var table = new DeltaTable(Path.Combine(ws.Workspace.LakePath, "sample"));
        var existing = table.GetSnapshot().Files.Single();
        Assert.True(table.TryCommit(1, [existing with { Path = CopyDataFile(table, existing.Path) }]));
        Assert.Equal(1L, Count(ws, "sample"));

        using (var tx = ws.Lake.BeginWrite("run-3", "test"))
        {
            AppendSamples(tx, "S9");
            tx.Commit();
        }

        Assert.Equal(2L, Count(ws, "sample"));
        Assert.Equal(3, table.LatestVersion());
    }

    [Fact]
    public void BeginWrite_WhileAnotherWriterHoldsTheLock_IsAConflict()
    {
        using var ws = new TempWorkspace();
        using var first = ws.Lake.BeginWrite("run-1", "test");

        var error = Assert.Throws<OmicsBridgeException>(() => ws.Lake.BeginWrite("run-2", "test", TimeSpan.FromMilliseconds(300)));
        Assert.Equal(ErrorKind.Conflict, error.Kind);
    }

    [Fact]
    public void Commit_ManyRows_SplitsDataFilesAtTheTargetSize()
    {
        using var ws = new TempWorkspace();
        ws.Workspace.Settings.Lake.TargetFileRows = 1_000;
        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            var measurements = tx.Table(MolecularMeasurementTable.Schema);
            for (var i = 0; i < 2_500; i++)
            {
                measurements.NewRow().AppendValue("as_1").AppendValue("transcriptomics").AppendValue("HGNC")
                    .AppendValue($"G{i}").AppendValue(i * 0.5).AppendNullValue().EndRow();
            }

            tx.Commit();
        }

        Assert.Equal(3, Directory.EnumerateFiles(Path.Combine(ws.Workspace.LakePath, "molecular_measurement"), "*.parquet").Count());
        Assert.Equal(2_500L, Count(ws, "molecular_measurement"));
    }

    [Fact]
    public void ReplaceTable_RewritesTheTableAndKeepsTheOldVersionReadable()
    {
        using var ws = new TempWorkspace();
        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            AppendSamples(tx, "S1", "S2");
            tx.Commit();
        }

        using (var tx = ws.Lake.BeginWrite("run-2", "test"))
        {
            AppendSamples(tx.ReplaceTable(SampleTable.Schema), tx.RunId, "S7");
            tx.Commit();
        }

        Assert.Equal(1L, Count(ws, "sample"));
        Assert.Equal(2L, Count(ws, "sample", asOf: 0));
    }

    private static void AppendSamples(Lake.Writing.LakeWriteTransaction tx, params string[] ids) =>
        AppendSamples(tx.Table(SampleTable.Schema), tx.RunId, ids);

    private static void AppendSamples(Lake.Writing.TableAppender samples, string runId, params string[] ids)
    {
        foreach (var id in ids)
        {
            samples.NewRow()
                .AppendValue(id).AppendValue("pt_1").AppendValue("tumour").AppendValue("breast")
                .AppendValue(new DateOnly(2024, 1, 2)).AppendNullValue().AppendValue("abc").AppendValue(runId).EndRow();
        }
    }

    private static long Count(TempWorkspace ws, string table, long? asOf = null)
    {
        using var engine = LakeQueryEngine.Open(ws.Lake.GetSnapshot(asOf));
        return Convert.ToInt64(engine.Scalar($"SELECT count(*) FROM {table}"), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string CopyDataFile(DeltaTable table, string path)
    {
        var copy = $"part-orphan-{Guid.NewGuid():N}.parquet";
        File.Copy(Path.Combine(table.RootPath, Uri.UnescapeDataString(path)), Path.Combine(table.RootPath, copy));
        return copy;
    }
}

using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Testing;
using static OmicsBridge.Lake.Tests.Delta.DeltaTestSupport;

namespace OmicsBridge.Lake.Tests.Delta;

/// <summary>Classic checkpoints written by <see cref="DeltaTable"/>, read back by its own reader.</summary>
public sealed class DeltaCheckpointWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new("ob-delta");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TryCommit_EveryTenthVersion_WritesCheckpointThatReplaysWithoutOlderCommits()
    {
        var table = new DeltaTable(_temp.Path);
        var schema = new DeltaSchema([
            new DeltaField("id", DeltaPrimitiveType.LongType, Nullable: false),
            new DeltaField("site", DeltaPrimitiveType.StringType, Nullable: true)]);
        Assert.True(table.TryCommit(0, [DeltaProtocol.Default, DeltaMetadata.Create(schema, ["site"])]));
        for (var version = 1; version <= 12; version++)
        {
            var relative = string.Create(CultureInfo.InvariantCulture, $"site=s{version % 3}/part-{version}.parquet");
            var file = WriteParquet(relative, string.Create(CultureInfo.InvariantCulture, $"SELECT CAST({version} AS BIGINT) AS id"));
            var add = new DeltaAddFile(relative, new Dictionary<string, string?> { ["site"] = $"s{version % 3}" },
                new FileInfo(file).Length, 1_700_000_000_000 + version, DataChange: true);
            // Version 6 also removes version 3's file, so the checkpoint must hold the replayed state, not every add.
            DeltaAction[] actions = version == 6
                ? [add, new DeltaRemoveFile("site=s0/part-3.parquet", 1, DataChange: true), new DeltaTransaction("loader", 6, 1)]
                : [add];
            Assert.True(table.TryCommit(version, actions));
        }

        var log = Path.Combine(_temp.Path, "_delta_log");
        Assert.True(File.Exists(Path.Combine(log, "00000000000000000010.checkpoint.parquet")));
        using (var last = JsonDocument.Parse(File.ReadAllText(Path.Combine(log, "_last_checkpoint"))))
        {
            Assert.Equal(10, last.RootElement.GetProperty("version").GetInt64());
        }

        var expected = Enumerable.Range(1, 12).Where(v => v != 3)
            .Select(v => string.Create(CultureInfo.InvariantCulture, $"id={v}|site=s{v % 3}")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(10, table.GetSnapshot().CheckpointVersion);
        Assert.Equal(expected, Rows(table.GetSnapshot().ToDuckDbSql()));

        for (var version = 0; version <= 10; version++)
        {
            File.Delete(Path.Combine(log, version.ToString("D20", CultureInfo.InvariantCulture) + ".json"));
        }

        var fromCheckpoint = new DeltaTable(_temp.Path).GetSnapshot();
        Assert.Equal(expected, Rows(fromCheckpoint.ToDuckDbSql()));
        Assert.Equal(["site"], fromCheckpoint.PartitionColumns);
        Assert.Equal(6, fromCheckpoint.Transactions["loader"].Version);
        Assert.All(fromCheckpoint.Files.Where(f => f.ModificationTime <= 1_700_000_000_010), f => Assert.False(f.DataChange));
    }

    [Fact]
    public void WriteCheckpoint_SparkTableWithDeletionVectors_KeepsTheDeletionVectors()
    {
        var root = Copy("dv-partitioned-with-checkpoint", _temp.Path);
        var table = new DeltaTable(root);
        var log = Path.Combine(root, "_delta_log");
        var protocolBefore = table.GetSnapshot().Protocol;

        // Spark's protocol has writer feature deletionVectors, which OmicsBridge does not write; refusing is correct.
        Assert.Throws<OmicsBridge.Core.Diagnostics.OmicsBridgeException>(() => table.WriteCheckpoint());

        // Reproduce the checkpoint through the internal writer to prove deletion vectors survive the round trip.
        DeltaCheckpointWriter.Write(log, table.GetSnapshot());
        foreach (var commit in Directory.EnumerateFiles(log, "*.json"))
        {
            File.Delete(commit);
        }

        var snapshot = new DeltaTable(root).GetSnapshot();
        Assert.Equal(15, snapshot.Version);
        Assert.Equal(15, snapshot.CheckpointVersion);
        Assert.Equal(protocolBefore.ReaderFeatures, snapshot.Protocol.ReaderFeatures);
        Assert.Contains(snapshot.Files, f => f.DeletionVector is { StorageType: "u" });
        Assert.Equal(Expected("dv-partitioned-with-checkpoint"), Rows(snapshot.ToDuckDbSql()));
    }

    private string WriteParquet(string relativePath, string select)
    {
        var path = Path.Combine(_temp.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY ({select}) TO '{path}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return path;
    }
}

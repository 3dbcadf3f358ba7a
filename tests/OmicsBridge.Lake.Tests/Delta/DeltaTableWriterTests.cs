using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Testing;
using static OmicsBridge.Lake.Tests.Delta.DeltaTestSupport;

namespace OmicsBridge.Lake.Tests.Delta;

/// <summary>Creating tables and publishing commits with <see cref="DeltaTable.TryCommit"/>, read back by the reader.</summary>
public sealed class DeltaTableWriterTests : IDisposable
{
    private static readonly DeltaSchema s_schema = new(
    [
        new DeltaField("sample_id", DeltaPrimitiveType.StringType, Nullable: false),
        new DeltaField("value", DeltaPrimitiveType.DoubleType, Nullable: true),
        new DeltaField("cohort", DeltaPrimitiveType.StringType, Nullable: true),
    ]);

    private readonly TempDirectory _temp = new("ob-delta");

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void TryCommit_CreateAppendRemove_RoundTripsThroughTheReader()
    {
        var table = new DeltaTable(_temp.Path);
        Assert.Null(table.LatestVersion());
        var first = WriteParquet("cohort=A/part-0.parquet", "SELECT 'S1' AS sample_id, 1.5 AS value UNION ALL SELECT 'S2', NULL");
        var second = WriteParquet("cohort=B/part 1.parquet", "SELECT 'S3' AS sample_id, 3.0 AS value");

        Assert.True(table.TryCommit(0,
        [
            DeltaCommitInfo.Create(1_700_000_000_000, "CREATE TABLE"),
            DeltaProtocol.Default,
            DeltaMetadata.Create(s_schema, ["cohort"]),
            Add(first, "cohort=A/part-0.parquet", "A", Stats(2)),
        ]));
        Assert.True(table.TryCommit(1, [Add(second, "cohort=B/part%201.parquet", "B", Stats(1))]));

        var v1 = table.GetSnapshot();
        Assert.Equal(1, v1.Version);
        Assert.Equal(["cohort"], v1.PartitionColumns);
        Assert.Equal(["sample_id VARCHAR", "value DOUBLE", "cohort VARCHAR"], Columns(v1.ToDuckDbSql()));
        Assert.Equal(
            ["cohort=A|sample_id=S1|value=1.5", "cohort=A|sample_id=S2|value=null", "cohort=B|sample_id=S3|value=3"],
            Rows(v1.ToDuckDbSql()));
        Assert.Equal(1_700_000_000_000, table.GetSnapshot(0).CommitTimestamp);

        Assert.True(table.TryCommit(2, [new DeltaRemoveFile("cohort=A/part-0.parquet", 1_700_000_100_000, DataChange: true)]));
        Assert.Equal(["cohort=B|sample_id=S3|value=3"], Rows(table.GetSnapshot().ToDuckDbSql()));
        Assert.Equal(3, Rows(table.GetSnapshot(1).ToDuckDbSql()).Count);
    }

    [Fact]
    public void TryCommit_WrittenLog_IsOneProtocolJsonActionPerLine()
    {
        var table = CreateEmptyTable();
        var file = WriteParquet("part-0.parquet", "SELECT 'S1' AS sample_id, 2.0 AS value, 'A' AS cohort");
        table.TryCommit(1, [Add(file, "part-0.parquet", null, Stats(1)), new DeltaTransaction("ingest-run", 7, 123)]);

        var lines = File.ReadAllLines(Path.Combine(_temp.Path, "_delta_log", "00000000000000000001.json"));

        Assert.Equal(2, lines.Length);
        using var add = JsonDocument.Parse(lines[0]);
        var addElement = add.RootElement.GetProperty("add");
        Assert.Equal("part-0.parquet", addElement.GetProperty("path").GetString());
        Assert.True(addElement.GetProperty("dataChange").GetBoolean());
        Assert.Equal(new FileInfo(file).Length, addElement.GetProperty("size").GetInt64());
        using var stats = JsonDocument.Parse(addElement.GetProperty("stats").GetString()!);
        Assert.Equal(1, stats.RootElement.GetProperty("numRecords").GetInt64());
        Assert.Equal("ingest-run", JsonDocument.Parse(lines[1]).RootElement.GetProperty("txn").GetProperty("appId").GetString());
        Assert.Equal(7, table.GetSnapshot().Transactions["ingest-run"].Version);
    }

    [Fact]
    public void TryCommit_NewTableWithoutRows_ReadsAsTypedZeroRowSelect()
    {
        var table = CreateEmptyTable();

        var sql = table.GetSnapshot().ToDuckDbSql();

        Assert.Empty(Rows(sql));
        Assert.Equal(["sample_id VARCHAR", "value DOUBLE", "cohort VARCHAR"], Columns(sql));
    }

    [Fact]
    public void TryCommit_ExistingVersion_ReturnsFalseAndKeepsTheFirstCommit()
    {
        var table = CreateEmptyTable();
        var before = File.ReadAllBytes(Path.Combine(_temp.Path, "_delta_log", "00000000000000000000.json"));

        Assert.False(table.TryCommit(0, [DeltaProtocol.Default, DeltaMetadata.Create(s_schema)]));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(_temp.Path, "_delta_log", "00000000000000000000.json")));
    }

    [Fact]
    public void TryCommit_VersionGap_IsRefused()
    {
        var table = CreateEmptyTable();

        var error = Assert.Throws<OmicsBridgeException>(() => table.TryCommit(5, [DeltaCommitInfo.Create(1, "WRITE")]));

        Assert.Contains("the next version is 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, table.LatestVersion());
    }

    [Fact]
    public void TryCommit_NewTableWithoutMetadata_IsRefused()
    {
        var table = new DeltaTable(_temp.Path);

        var error = Assert.Throws<OmicsBridgeException>(() => table.TryCommit(0, [DeltaProtocol.Default]));

        Assert.Contains("protocol and a metaData", error.Message, StringComparison.Ordinal);
        Assert.Null(table.LatestVersion());
    }

    [Fact]
    public void TryCommit_TwoWritersRaceForOneVersion_ExactlyOneWins()
    {
        for (var round = 0; round < 10; round++)
        {
            var root = _temp.Combine(round.ToString(CultureInfo.InvariantCulture));
            var table = new DeltaTable(root);
            Assert.True(table.TryCommit(0, [DeltaProtocol.Default, DeltaMetadata.Create(s_schema)]));
            using var start = new Barrier(2);
            var results = new bool[2];
            var writers = Enumerable.Range(0, 2).Select(w => new Thread(() =>
            {
                var mine = new DeltaTable(root);
                start.SignalAndWait();
                results[w] = mine.TryCommit(1, [DeltaCommitInfo.Create(w, "WRITE")]);
            })).ToList();

            writers.ForEach(t => t.Start());
            writers.ForEach(t => t.Join());

            Assert.Equal(1, results.Count(r => r));
            var winner = Array.IndexOf(results, true);
            Assert.Equal(winner, table.GetSnapshot(1).CommitTimestamp);
            Assert.Empty(Directory.EnumerateFiles(Path.Combine(root, "_delta_log"), "*.tmp"));
        }
    }

    [Fact]
    public void GetSnapshot_LeftoverTempFileFromCrashedWriter_IsIgnored()
    {
        var table = CreateEmptyTable();
        File.WriteAllText(Path.Combine(_temp.Path, "_delta_log", ".00000000000000000001.json.0123abcd.tmp"), "{\"add\":{\"path\":\"half");

        Assert.Equal(0, table.LatestVersion());
        Assert.Empty(Rows(table.GetSnapshot().ToDuckDbSql()));
        Assert.True(table.TryCommit(1, [DeltaCommitInfo.Create(2, "WRITE")]));
        Assert.Equal(1, table.LatestVersion());
    }

    [Fact]
    public void GetSnapshot_CorruptLogLine_NamesFileAndLine()
    {
        var table = CreateEmptyTable();
        File.WriteAllText(Path.Combine(_temp.Path, "_delta_log", "00000000000000000001.json"),
            "{\"commitInfo\":{\"timestamp\":1}}\n{\"add\":{\"path\":\"x.parquet\",\"size\":\"big\"}}\n");

        var error = Assert.Throws<OmicsBridgeException>(() => table.GetSnapshot());

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        var issue = Assert.Single(error.Issues);
        Assert.Equal("DLT001", issue.Code);
        Assert.EndsWith("00000000000000000001.json", issue.File, StringComparison.Ordinal);
        Assert.Equal(2, issue.Line);
    }

    [Theory]
    [InlineData("variantType-preview")]
    [InlineData("v2Checkpoint")]
    public void GetSnapshot_UnknownReaderFeature_IsRefusedByName(string feature)
    {
        var table = new DeltaTable(_temp.Path);
        table.TryCommit(0, [new DeltaProtocol(3, 7, [feature], []), DeltaMetadata.Create(s_schema)]);

        var error = Assert.Throws<OmicsBridgeException>(() => table.GetSnapshot());

        Assert.Contains($"needs reader feature '{feature}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSnapshot_ReaderVersionFour_IsRefused()
    {
        var table = new DeltaTable(_temp.Path);
        table.TryCommit(0, [new DeltaProtocol(4, 7, [], []), DeltaMetadata.Create(s_schema)]);

        var error = Assert.Throws<OmicsBridgeException>(() => table.GetSnapshot());

        Assert.Contains("reader version 4", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCommit_TableWithUnsupportedWriterFeature_IsRefusedByName()
    {
        var root = Copy("dv-partitioned-with-checkpoint", _temp.Path);
        var table = new DeltaTable(root);

        var error = Assert.Throws<OmicsBridgeException>(() => table.TryCommit(16, [DeltaCommitInfo.Create(1, "WRITE")]));

        Assert.Contains("writer feature 'deletionVectors'", error.Message, StringComparison.Ordinal);
        Assert.Equal(15, table.LatestVersion());
    }

    [Fact]
    public void TryCommit_AppendToSparkTable_IsReadBackWithSparkFiles()
    {
        var root = Copy("basic_partitioned", _temp.Path);
        var table = new DeltaTable(root);
        var file = WriteParquet("letter=z/part-x.parquet", "SELECT CAST(7 AS BIGINT) AS number, 7.7 AS a_float", root);

        Assert.True(table.TryCommit(2, [Add(file, "letter=z/part-x.parquet", null, null, "letter", "z")]));

        var rows = Rows(table.GetSnapshot().ToDuckDbSql());
        Assert.Equal(7, rows.Count);
        Assert.Contains("a_float=7.7|letter=z|number=7", rows);
    }

    [Fact]
    public void TryCommit_AddWithoutThePartitionValue_IsRefused()
    {
        var table = CreateEmptyTable();
        var add = new DeltaAddFile("part-0.parquet", new Dictionary<string, string?>(), 10, 1, DataChange: true);

        var error = Assert.Throws<OmicsBridgeException>(() => table.TryCommit(1, [add]));

        Assert.Contains("[cohort]", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCommit_RemoveFromAppendOnlyTable_IsRefused()
    {
        var table = new DeltaTable(_temp.Path);
        var config = new Dictionary<string, string> { ["delta.appendOnly"] = "true" };
        Assert.True(table.TryCommit(0, [DeltaProtocol.Default, DeltaMetadata.Create(s_schema, configuration: config)]));

        var error = Assert.Throws<OmicsBridgeException>(() =>
            table.TryCommit(1, [new DeltaRemoveFile("part-0.parquet", 1, DataChange: true)]));

        Assert.Contains("append-only", error.Message, StringComparison.Ordinal);
    }

    private DeltaTable CreateEmptyTable()
    {
        var table = new DeltaTable(_temp.Path);
        Assert.True(table.TryCommit(0, [DeltaProtocol.Default, DeltaMetadata.Create(s_schema, ["cohort"])]));
        return table;
    }

    private static DeltaAddFile Add(string file, string logPath, string? cohort, string? stats,
        string partitionColumn = "cohort", string? partitionValue = null) =>
        new(logPath,
            new Dictionary<string, string?> { [partitionColumn] = partitionValue ?? cohort },
            new FileInfo(file).Length,
            1_700_000_000_000,
            DataChange: true,
            stats);

    private static string Stats(long rows) =>
        new DeltaFileStats(rows, new Dictionary<string, object?>(), new Dictionary<string, object?>(), new Dictionary<string, long>()).ToJson();

    private string WriteParquet(string relativePath, string select, string? root = null)
    {
        var path = Path.Combine(root ?? _temp.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"COPY ({select}) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet)";
        command.ExecuteNonQuery();
        return path;
    }
}

using System.Globalization;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Testing;
using static OmicsBridge.Lake.Tests.Delta.DeltaTestSupport;

namespace OmicsBridge.Lake.Tests.Delta;

/// <summary>Every version of the Spark-written golden tables, read through DuckDB (see testdata SOURCES.md, Addendum).</summary>
public sealed class DeltaGoldenTableTests
{
    [Theory]
    [InlineData("data-reader-primitives")]
    [InlineData("snapshot-data2-deleted")]
    [InlineData("basic-with-inserts-deletes-checkpoint")]
    [InlineData("time-travel-schema-changes-b")]
    [InlineData("time-travel-partition-changes-b")]
    [InlineData("dv-partitioned-with-checkpoint")]
    public void ToDuckDbSql_LatestVersion_MatchesSparkAnswerKey(string table)
    {
        var expected = Expected(table);

        var actual = Snapshot(table);

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ToDuckDbSql_Primitives_KeepsSchemaOrderAndTypes()
    {
        var sql = new DeltaTable(Golden("data-reader-primitives")).GetSnapshot(0).ToDuckDbSql();

        Assert.Equal(
            ["as_int INTEGER", "as_long BIGINT", "as_byte TINYINT", "as_short SMALLINT", "as_boolean BOOLEAN", "as_float FLOAT",
             "as_double DOUBLE", "as_string VARCHAR", "as_binary BLOB", "as_big_decimal DECIMAL(1,0)"],
            Columns(sql));
        var rows = Rows(sql);
        Assert.Equal(11, rows.Count);
        Assert.Contains("as_big_decimal=7|as_binary=0x0707|as_boolean=False|as_byte=7|as_double=7|as_float=7|as_int=7|as_long=7|as_short=7|as_string=7", rows);
        Assert.Contains("as_big_decimal=null|as_binary=null|as_boolean=null|as_byte=null|as_double=null|as_float=null|as_int=null|as_long=null|as_short=null|as_string=null", rows);
    }

    [Fact]
    public void ToDuckDbSql_BasicPartitioned_TypesPartitionValuesAndNeverLeaksHiveDefault()
    {
        var table = new DeltaTable(Golden("basic_partitioned"));

        Assert.Equal(
            ["a_float=1.1|letter=a|number=1", "a_float=2.2|letter=b|number=2", "a_float=3.3|letter=c|number=3"],
            Rows(table.GetSnapshot(0).ToDuckDbSql()));
        var latest = table.GetSnapshot();
        Assert.Equal(1, latest.Version);
        Assert.Equal(["letter"], latest.PartitionColumns);
        Assert.Equal(
            ["a_float=1.1|letter=a|number=1", "a_float=2.2|letter=b|number=2", "a_float=3.3|letter=c|number=3",
             "a_float=4.4|letter=a|number=4", "a_float=5.5|letter=e|number=5", "a_float=6.6|letter=null|number=6"],
            Rows(latest.ToDuckDbSql()));
        Assert.Equal(["letter VARCHAR", "number BIGINT", "a_float DOUBLE"], Columns(latest.ToDuckDbSql()));
    }

    [Fact]
    public void GetSnapshot_SnapshotData2Deleted_EveryVersionMatchesItsHistory()
    {
        var table = new DeltaTable(Golden("snapshot-data2-deleted"));
        static IEnumerable<string> Data(int batch, int count) =>
            Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"col1={i}|col2=data-{batch}-{i}"));

        Assert.Equal(Sorted(Data(0, 10)), Rows(table.GetSnapshot(0).ToDuckDbSql()));
        Assert.Equal(Sorted(Data(0, 10).Concat(Data(1, 10))), Rows(table.GetSnapshot(1).ToDuckDbSql()));
        Assert.Equal(Sorted(Data(2, 10)), Rows(table.GetSnapshot(2).ToDuckDbSql()));
        Assert.Equal(Sorted(Data(2, 10).Concat(Data(3, 20))), Rows(table.GetSnapshot(3).ToDuckDbSql()));
        var last = table.GetSnapshot(4);
        Assert.Equal(Sorted(Data(3, 20)), Rows(last.ToDuckDbSql()));
        // The DELETE left a 0-row file behind; it is live and must read as nothing.
        Assert.Equal(3, last.Files.Count);
        Assert.Contains(last.Files, f => f.Size == 348);
    }

    [Fact]
    public void GetSnapshot_CheckpointTable_UsesCheckpointFromV10AndPlainReplayBefore()
    {
        var table = new DeltaTable(Golden("basic-with-inserts-deletes-checkpoint"));

        for (var version = 0; version <= 13; version++)
        {
            var snapshot = table.GetSnapshot(version);

            Assert.Equal(version >= 10 ? 10 : null, snapshot.CheckpointVersion);
            Assert.Equal(Sorted(CheckpointTableIds(version).Select(id => "id=" + id.ToString(CultureInfo.InvariantCulture))),
                Rows(snapshot.ToDuckDbSql()));
        }
    }

    [Fact]
    public void GetSnapshot_CheckpointTableAfterLogCleanup_ReadsFromCheckpointAndNamesReadableVersions()
    {
        using var temp = new TempDirectory("ob-delta");
        var root = Copy("basic-with-inserts-deletes-checkpoint", temp.Path);
        for (var version = 0; version < 10; version++)
        {
            File.Delete(Path.Combine(root, "_delta_log", version.ToString("D20", CultureInfo.InvariantCulture) + ".json"));
        }

        var table = new DeltaTable(root);

        Assert.Equal(41, Rows(table.GetSnapshot().ToDuckDbSql()).Count);
        Assert.Equal(35, Rows(table.GetSnapshot(10).ToDuckDbSql()).Count);
        var error = Assert.Throws<OmicsBridgeException>(() => table.GetSnapshot(3));
        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Contains("versions 10..13 exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSnapshot_SchemaChange_OlderFilesReadTheNewColumnAsNull()
    {
        var table = new DeltaTable(Golden("time-travel-schema-changes-b"));

        var v0 = table.GetSnapshot(0);
        Assert.Equal(["id BIGINT"], Columns(v0.ToDuckDbSql()));
        Assert.Equal(Sorted(Enumerable.Range(0, 10).Select(i => $"id={i}")), Rows(v0.ToDuckDbSql()));
        var v1 = table.GetSnapshot(1);
        Assert.Equal(["id BIGINT", "part BIGINT"], Columns(v1.ToDuckDbSql()));
        Assert.Equal(
            Sorted(Enumerable.Range(0, 10).Select(i => $"id={i}|part=null").Concat(Enumerable.Range(10, 10).Select(i => $"id={i}|part={i}"))),
            Rows(v1.ToDuckDbSql()));
    }

    [Fact]
    public void GetSnapshot_PartitioningChange_EachVersionUsesItsOwnPartitionColumns()
    {
        var table = new DeltaTable(Golden("time-travel-partition-changes-b"));

        var v0 = table.GetSnapshot(0);
        Assert.Equal(["part5"], v0.PartitionColumns);
        Assert.Equal(Sorted(Enumerable.Range(0, 10).Select(i => $"id={i}|part5={i % 5}")), Rows(v0.ToDuckDbSql()));
        var v1 = table.GetSnapshot(1);
        Assert.Equal(["part2"], v1.PartitionColumns);
        Assert.Equal(4, v1.Files.Count);
        Assert.Equal(Sorted(Enumerable.Range(10, 10).Select(i => $"id={i}|part2={i % 2}")), Rows(v1.ToDuckDbSql()));
    }

    [Fact]
    public void ToDuckDbSql_TypeWidening_ReadsTheOldRowWithTheWidenedTypes()
    {
        var table = new DeltaTable(Golden("type-widening"));

        var v0 = table.GetSnapshot(0);
        Assert.Equal("byte_long TINYINT", Columns(v0.ToDuckDbSql())[0]);
        var narrowRow = "byte_decimal=1|byte_double=5|byte_long=1|date_timestamp_ntz=2024-09-09|decimal_decimal_greater_scale=67.89"
            + "|decimal_decimal_same_scale=123.45|float_double=3.4|int_decimal=3|int_double=7|int_long=2|long_decimal=4|short_decimal=2|short_double=6";
        Assert.Equal([narrowRow], Rows(v0.ToDuckDbSql()));
        var v1 = table.GetSnapshot(1);
        Assert.Contains("timestampNtz", v1.Protocol.ReaderFeatures!);
        Assert.Equal([narrowRow], Rows(v1.ToDuckDbSql()));
        var latest = table.GetSnapshot();
        Assert.Equal(
            ["byte_long BIGINT", "int_long BIGINT", "float_double DOUBLE", "byte_double DOUBLE", "short_double DOUBLE",
             "int_double DOUBLE", "decimal_decimal_same_scale DECIMAL(20,2)", "decimal_decimal_greater_scale DECIMAL(20,5)",
             "byte_decimal DECIMAL(11,1)", "short_decimal DECIMAL(11,1)", "int_decimal DECIMAL(11,1)",
             "long_decimal DECIMAL(21,1)", "date_timestamp_ntz TIMESTAMP"],
            Columns(latest.ToDuckDbSql()));
        var rows = Rows(latest.ToDuckDbSql());
        Assert.Equal(2, rows.Count);
        // float 3.4f widens exactly to the double 3.4000000953674316, as Spark's float->double cast does.
        Assert.Contains(
            "byte_decimal=1.0|byte_double=5|byte_long=1|date_timestamp_ntz=2024-09-09T00:00:00|decimal_decimal_greater_scale=67.89"
            + "|decimal_decimal_same_scale=123.45|float_double=" + ((double)3.4f).ToString("R", CultureInfo.InvariantCulture)
            + "|int_decimal=3.0|int_double=7|int_long=2|long_decimal=4|short_decimal=2.0|short_double=6",
            rows);
        Assert.Contains(rows, r => r.Contains("long_decimal=123456789012345678.9", StringComparison.Ordinal)
            && r.Contains("date_timestamp_ntz=2024-09-09T12:34:56.123", StringComparison.Ordinal));
    }

    [Fact]
    public void ToDuckDbSql_DeletionVectors_EveryVersionDropsExactlyTheDeletedRows()
    {
        var table = new DeltaTable(Golden("dv-partitioned-with-checkpoint"));

        for (var version = 0; version <= 15; version++)
        {
            var snapshot = table.GetSnapshot(version);
            var deleted = Enumerable.Range(0, version).Select(n => 2 * n).ToHashSet();
            var expected = Enumerable.Range(0, 50).Where(x => !deleted.Contains(x))
                .Select(x => string.Create(CultureInfo.InvariantCulture, $"col1={x}|col2=foo{x % 5}|part={x % 10}"));

            Assert.Equal(version >= 10 ? 10 : null, snapshot.CheckpointVersion);
            Assert.Equal(Sorted(expected), Rows(snapshot.ToDuckDbSql()));
        }
    }

    [Fact]
    public void GetSnapshot_ColumnMappingTable_IsRefusedByFeatureName()
    {
        var table = new DeltaTable(Golden("table-with-columnmapping-mode-name"));

        var error = Assert.Throws<OmicsBridgeException>(() => table.GetSnapshot());

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains("needs reader feature 'columnMapping', which OmicsBridge does not support", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSnapshot_VersionBeyondLatest_IsNotFoundAndNamesExistingVersions()
    {
        var table = new DeltaTable(Golden("snapshot-data2-deleted"));

        var error = Assert.Throws<OmicsBridgeException>(() => table.GetSnapshot(7));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Contains("versions 0..4 exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSnapshot_CommitTimestamp_ComesFromCommitInfoAlsoAtTheCheckpointVersion()
    {
        Assert.Equal(1674611429957, new DeltaTable(Golden("basic_partitioned")).GetSnapshot(1).CommitTimestamp);
        var checkpointed = new DeltaTable(Golden("basic-with-inserts-deletes-checkpoint"));
        Assert.NotNull(checkpointed.GetSnapshot(10).CommitTimestamp);
        Assert.True(checkpointed.GetSnapshot(11).CommitTimestamp > checkpointed.GetSnapshot(10).CommitTimestamp);
    }

    [Fact]
    public void LatestVersion_GoldenTables_IsTheLastCommit()
    {
        Assert.Equal(13, new DeltaTable(Golden("basic-with-inserts-deletes-checkpoint")).LatestVersion());
        Assert.Equal(0, new DeltaTable(Golden("data-reader-primitives")).LatestVersion());
    }

    // basic-with-inserts-deletes-checkpoint: v0-v4 append tens, v5-v9 delete the upper halves, v10-v12 append, v13 deletes >= 66.
    private static SortedSet<int> CheckpointTableIds(int version)
    {
        var ids = new SortedSet<int>();
        for (var v = 0; v <= version; v++)
        {
            if (v <= 4 || v is >= 10 and <= 12)
            {
                var batch = v <= 4 ? v : v - 5;
                ids.UnionWith(Enumerable.Range(batch * 10, 10));
            }
            else if (v <= 9)
            {
                ids.ExceptWith(Enumerable.Range(((v - 5) * 10) + 5, 5));
            }
            else
            {
                ids.RemoveWhere(id => id >= 66);
            }
        }

        return ids;
    }

    private static List<string> Sorted(IEnumerable<string> rows)
    {
        var list = rows.ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}

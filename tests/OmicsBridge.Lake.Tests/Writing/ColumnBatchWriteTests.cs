using System.Globalization;
using System.Security.Cryptography;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Lake.Query;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Tests.Writing.Parquet;
using OmicsBridge.Lake.Writing;
using OmicsBridge.Testing;

namespace OmicsBridge.Lake.Tests.Writing;

/// <summary>
/// The columnar write path (<see cref="TableAppender.AppendBatch"/>): rows written by our own Parquet writer come back
/// through DuckDB as the same values, whatever the dictionary's size, with exact row-group statistics.
/// </summary>
public sealed class ColumnBatchWriteTests
{
    // Dictionary indices are bit-packed at the width the row group's dictionary needs; each width must come back unchanged.
    [Theory]
    [InlineData(1)]
    [InlineData(255)]
    [InlineData(256)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(70_000)]
    public void DistinctStrings_OfEveryDictionarySize_RoundTrip(int distinct)
    {
        using var ws = new TempWorkspace();
        var schema = GenotypeTable.Schema;
        var batch = new ColumnBatch(schema, distinct + 1);
        for (var i = 0; i <= distinct; i++)
        {
            // Row i repeats row 0's key once, so one code is used twice; keys are fresh instances, compared by text.
            var key = string.Create(CultureInfo.InvariantCulture, $"GRCh38:1-{(i == distinct ? 0 : i)}-A-'G'");
            Fill(batch, "A1", key, i == 1 ? null : i);
        }

        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            tx.Table(schema).AppendBatch(batch);
            tx.Commit();
        }

        using var engine = LakeQueryEngine.Open(ws.Lake.GetSnapshot());
        Assert.Equal((long)distinct + 1, Count(engine, "SELECT count(*) FROM genotype"));
        Assert.Equal((long)distinct, Count(engine, "SELECT count(DISTINCT variant_key) FROM genotype"));
        Assert.Equal(2L, Count(engine, "SELECT count(*) FROM genotype WHERE variant_key = 'GRCh38:1-0-A-''G'''"));
        var last = distinct - 1;
        Assert.Equal((long)last, Count(engine, $"SELECT dp FROM genotype WHERE variant_key = 'GRCh38:1-{last}-A-''G''' AND dp IS NOT NULL"));
        Assert.Equal("VARCHAR", engine.Scalar("SELECT typeof(variant_key) FROM genotype LIMIT 1"));
    }

    [Fact]
    public void EveryColumn_KeepsExactRowGroupMinMax_InTheEncryptedFooter()
    {
        using var folder = new TempDirectory("ob-stats");
        var path = folder.Combine("genotype.parquet");
        var key = new DataKey("k", RandomNumberGenerator.GetBytes(32));
        var schema = GenotypeTable.Schema;
        using (var writer = new CodedBatchWriter(schema, 300_000, () => (path, key), (_, _, _) => { }))
        {
            var batch = new ColumnBatch(schema, 300_000);
            var keys = Enumerable.Range(0, 300).Select(k => "GRCh38:22-" + (1000 + k).ToString(CultureInfo.InvariantCulture) + "-A-G").ToArray();
            var assays = Enumerable.Range(0, 50).Select(a => "AS" + (10 + a).ToString(CultureInfo.InvariantCulture)).ToArray();
            for (var i = 0; i < batch.Capacity; i++)
            {
                Fill(batch, assays[i % 50], keys[i / 1000], i);
            }

            writer.Append(batch);
            writer.Flush();
        }

        var footer = new EncryptedFooterReader(File.ReadAllBytes(path), key.Key).FileMetadata();
        var rowGroups = (List<object>)footer[4];
        // 300,000 rows in row groups of 122,880: keys arrive in runs of 1,000 rows, so each group covers its own keys.
        Assert.Equal([122_880L, 122_880L, 54_240L], rowGroups.Select(g => (long)((Dictionary<short, object>)g)[3]));
        (string Min, string Max) Strings(int group, string column) => (EncryptedFooterReader.Text(Stat(group, column, 6)), EncryptedFooterReader.Text(Stat(group, column, 5)));
        (int Min, int Max) Ints(int group, string column) => (BitConverter.ToInt32((byte[])Stat(group, column, 6)), BitConverter.ToInt32((byte[])Stat(group, column, 5)));
        object Stat(int group, string column, short field)
        {
            var chunks = (List<object>)((Dictionary<short, object>)rowGroups[group])[1];
            var meta = (Dictionary<short, object>)((Dictionary<short, object>)chunks[schema.IndexOf(column)])[3];
            return ((Dictionary<short, object>)meta[12])[field];
        }

        Assert.Equal(("GRCh38:22-1000-A-G", "GRCh38:22-1122-A-G"), Strings(0, "variant_key"));
        Assert.Equal(("GRCh38:22-1122-A-G", "GRCh38:22-1245-A-G"), Strings(1, "variant_key"));
        Assert.Equal(("GRCh38:22-1245-A-G", "GRCh38:22-1299-A-G"), Strings(2, "variant_key"));
        Assert.All(Enumerable.Range(0, 3), g => Assert.Equal(("AS10", "AS59"), Strings(g, "assay_id")));
        Assert.Equal((122_880, 245_759), Ints(1, "dp"));
        Assert.Equal(0L, Stat(2, "dp", 3));
        Assert.Equal(54_240L, Stat(2, "ad_ref", 3));
    }

    // A batch of exactly one row group is encoded from its own arrays: Append must not return before that write is done
    // (the producer refills the batch at once), and dictionaries with unused or repeated values must not reach the file.
    [Fact]
    public void OneRowGroupBatches_WrittenInPlace_KeepTheirRows_AndExactStatistics()
    {
        using var folder = new TempDirectory("ob-take");
        var paths = new List<string>();
        var key = new DataKey("k", RandomNumberGenerator.GetBytes(32));
        var schema = GenotypeTable.Schema;
        var assay = schema.IndexOf("assay_id");
        var variant = schema.IndexOf("variant_key");
        const int Rows = 1_000;
        // Files of one row group each (of 1,000 rows): the three batches become three files.
        using (var writer = new CodedBatchWriter(schema, Rows, () => (folder.Combine($"f{paths.Count}.parquet"), key), (path, _, _) => paths.Add(path)))
        {
            var batch = new ColumnBatch(schema, Rows);
            for (var round = 0; round < 3; round++)
            {
                // Assays by code into a dictionary with a value no row uses ("") and one listed twice ("A1"); keys by
                // code, each used once; GT and zygosity by value.
                batch.Dictionary(assay).AddRange(round == 0 ? ["A3", "", "A1", "A2", "A1"] : ["B1", "B2"]);
                batch.Dictionary(variant).AddRange(Enumerable.Range(0, 10).Select(k => string.Create(CultureInfo.InvariantCulture, $"GRCh38:{round + 1}-{k + 100}-A-G")));
                for (var i = 0; i < Rows; i++)
                {
                    Fill(batch, "unused", "unused", (round * Rows) + i);
                    batch.Codes(assay)[i] = round == 0 ? new[] { 0, 2, 3, 4 }[i % 4] : i % 2;
                    batch.Codes(variant)[i] = i / 100;
                }

                writer.Append(batch);
                // The batch is reused at once, as the genotype producer does: what was written must not change.
                batch.Clear();
                Fill(batch, "overwritten", "overwritten", -1);
                batch.Codes(assay).AsSpan().Fill(1);
                batch.Clear();
            }

            writer.Flush();
        }

        Assert.Equal(3, paths.Count);
        string Stat(int file, string column, short field)
        {
            var rowGroup = (Dictionary<short, object>)((List<object>)new EncryptedFooterReader(File.ReadAllBytes(paths[file]), key.Key).FileMetadata()[4]).Single();
            Assert.Equal(1_000L, (long)rowGroup[3]);
            var chunks = (List<object>)rowGroup[1];
            var meta = (Dictionary<short, object>)((Dictionary<short, object>)chunks[schema.IndexOf(column)])[3];
            return EncryptedFooterReader.Text(((Dictionary<short, object>)meta[12])[field]);
        }

        Assert.Equal(("A1", "A3"), (Stat(0, "assay_id", 6), Stat(0, "assay_id", 5)));
        Assert.Equal(("B1", "B2"), (Stat(1, "assay_id", 6), Stat(1, "assay_id", 5)));
        Assert.Equal(("GRCh38:3-100-A-G", "GRCh38:3-109-A-G"), (Stat(2, "variant_key", 6), Stat(2, "variant_key", 5)));

        using var connection = EncryptedParquetWriterTests.Open(key);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT string_agg(concat_ws('=', assay_id, n), ' ' ORDER BY assay_id) FROM (SELECT assay_id, count(*) AS n FROM {ReadFiles(paths)} GROUP BY assay_id)";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("A1=500 A2=250 A3=250 B1=1000 B2=1000", reader.GetString(0));
        command.CommandText = $"SELECT count(*), min(dp), max(dp), count(DISTINCT variant_key), count(*) FILTER (WHERE gt = '0/1' AND source_sha256 = 'abc') FROM {ReadFiles(paths)}";
        using var totals = command.ExecuteReader();
        Assert.True(totals.Read());
        Assert.Equal((3_000L, 0, 2_999, 30L, 3_000L), (totals.GetInt64(0), totals.GetInt32(1), totals.GetInt32(2), totals.GetInt64(3), totals.GetInt64(4)));
    }

    [Fact]
    public void ColumnsFilledByCode_RoundTrip_AcrossBatchesWithTheirOwnDictionaries()
    {
        using var ws = new TempWorkspace();
        var schema = GenotypeTable.Schema;
        var batch = new ColumnBatch(schema, 4);
        var assay = schema.IndexOf("assay_id");
        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            foreach (var round in new[] { new[] { "A2", "A1" }, ["A3", "A2"] })
            {
                // Each batch numbers its own values: code 0 is A2 in the first batch and A3 in the second.
                batch.Dictionary(assay).AddRange(round);
                int[] codes = [0, 1, 0, 1];
                for (var i = 0; i < codes.Length; i++)
                {
                    Fill(batch, "unused", "GRCh38:1-5-A-G", i);
                    batch.Codes(assay)[i] = codes[i];
                }

                tx.Table(schema).AppendBatch(batch);
                batch.Clear();
            }

            tx.Commit();
        }

        using var engine = LakeQueryEngine.Open(ws.Lake.GetSnapshot());
        using var reader = engine.ExecuteReader("SELECT string_agg(assay_id, ' ' ORDER BY assay_id) FROM genotype");
        Assert.True(reader.Read());
        Assert.Equal("A1 A1 A2 A2 A2 A2 A3 A3", reader.GetString(0));
    }

    [Fact]
    public void NullsAndAllNullColumns_RoundTrip_AndTheDeltaStatsCountThem()
    {
        using var ws = new TempWorkspace();
        var schema = GenotypeTable.Schema;
        var batch = new ColumnBatch(schema, 10);
        for (var i = 0; i < 10; i++)
        {
            Fill(batch, i % 2 == 0 ? "A1" : "A2", "GRCh38:1-5-A-G", i < 3 ? null : i);
        }

        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            tx.Table(schema).AppendBatch(batch);
            tx.Commit();
        }

        var stats = DeltaFileStats.Parse(new DeltaTable(Path.Combine(ws.Workspace.LakePath, "genotype")).GetSnapshot().Files.Single().Stats)!;
        Assert.Equal(10, stats.NumRecords);
        Assert.Equal(3, stats.NullCount["dp"]);
        Assert.Equal(10, stats.NullCount["ad_ref"]);
        Assert.Equal(0, stats.NullCount["assay_id"]);

        using var engine = LakeQueryEngine.Open(ws.Lake.GetSnapshot());
        Assert.Equal(5L, Count(engine, "SELECT count(*) FROM genotype WHERE assay_id = 'A2'"));
        Assert.Equal(3L, Count(engine, "SELECT count(*) FROM genotype WHERE dp IS NULL"));
        Assert.Equal(10L, Count(engine, "SELECT count(*) FROM genotype WHERE ad_ref IS NULL AND ad_alt IS NULL"));
        Assert.Equal(42L, Count(engine, "SELECT CAST(sum(dp) AS BIGINT) FROM genotype"));
    }

    [Fact]
    public void ManyFiles_WrittenWhileTheProducerGoesOn_KeepEveryRowOnce()
    {
        using var ws = new TempWorkspace();
        ws.Workspace.Settings.Lake.TargetFileRows = 1_000;
        var schema = GenotypeTable.Schema;
        var batch = new ColumnBatch(schema, 700);
        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            for (var i = 0; i < 10_000; i++)
            {
                Fill(batch, "A" + (i % 7).ToString(CultureInfo.InvariantCulture), "GRCh38:2-" + (i / 10).ToString(CultureInfo.InvariantCulture) + "-C-T", i);
                if (batch.IsFull)
                {
                    tx.Table(schema).AppendBatch(batch);
                    batch.Clear();
                }
            }

            tx.Table(schema).AppendBatch(batch);
            tx.Commit();
        }

        var files = new DeltaTable(Path.Combine(ws.Workspace.LakePath, "genotype")).GetSnapshot().Files;
        Assert.True(files.Count >= 5, $"{files.Count} files");
        Assert.Equal(10_000L, files.Sum(f => DeltaFileStats.Parse(f.Stats)!.NumRecords));
        using var engine = LakeQueryEngine.Open(ws.Lake.GetSnapshot());
        Assert.Equal(10_000L, Count(engine, "SELECT count(DISTINCT dp) FROM genotype"));
        Assert.Equal(49_995_000L, Count(engine, "SELECT CAST(sum(dp) AS BIGINT) FROM genotype"));
        Assert.Equal(1_000L, Count(engine, "SELECT count(DISTINCT variant_key) FROM genotype"));
    }

    [Fact]
    public void ARunThatFails_LeavesNoBatchFilesBehind()
    {
        using var ws = new TempWorkspace();
        ws.Workspace.Settings.Lake.TargetFileRows = 100;
        var schema = GenotypeTable.Schema;
        var batch = new ColumnBatch(schema, 100);
        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            for (var round = 0; round < 5; round++)
            {
                for (var i = 0; i < 100; i++)
                {
                    Fill(batch, "A1", "GRCh38:3-1-G-A", i);
                }

                tx.Table(schema).AppendBatch(batch);
                batch.Clear();
            }

            // Disposed without Commit: the run failed.
        }

        var folder = Path.Combine(ws.Workspace.LakePath, "genotype");
        Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.parquet").Any());
    }

    [Fact]
    public void AppendBatch_CodedStrings_RoundTripWithNullsAcrossFlushes()
    {
        using var ws = new TempWorkspace();
        ws.Workspace.Settings.Lake.TargetFileRows = 2;
        var schema = GenotypeTable.Schema;
        var batch = new ColumnBatch(schema, 8);
        string[] variants = ["GRCh38:13-100-A-G", "GRCh38:13-200-C-T"];
        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            for (var i = 0; i < 5; i++)
            {
                Fill(batch, i < 3 ? "A1" : "A2", variants[i % 2], i == 2 ? null : 10 + i, gt: i == 4 ? "./1" : "0/1", vaf: i * 0.1);
                if (i is 2 or 4)
                {
                    tx.Table(schema).AppendBatch(batch);
                    batch.Clear();
                }
            }

            tx.Commit();
        }

        using var engine = LakeQueryEngine.Open(ws.Lake.GetSnapshot());
        using var reader = engine.ExecuteReader(
            "SELECT string_agg(concat_ws(':', assay_id, variant_key, gt, coalesce(CAST(dp AS VARCHAR), 'null')), ' ' ORDER BY vaf) FROM genotype");
        Assert.True(reader.Read());
        Assert.Equal("A1:GRCh38:13-100-A-G:0/1:10 A1:GRCh38:13-200-C-T:0/1:11 A1:GRCh38:13-100-A-G:0/1:null "
            + "A2:GRCh38:13-200-C-T:0/1:13 A2:GRCh38:13-100-A-G:./1:14", reader.GetString(0));
        Assert.True(new DeltaTable(Path.Combine(ws.Workspace.LakePath, "genotype")).GetSnapshot().Files.Count >= 2);
    }

    [Fact]
    public void AppendsAfterAFlush_NoRowIsLostOrRepeated()
    {
        using var folder = new TempDirectory("ob-flush");
        var key = new DataKey("k", RandomNumberGenerator.GetBytes(32));
        var files = new List<(string Path, long Rows)>();
        var schema = GenotypeTable.Schema;
        var batch = new ColumnBatch(schema, 1_000);
        // Files (and row groups) of 300 rows: batches pass through several buffers, and each flush finds one part-filled.
        using (var writer = new CodedBatchWriter(schema, 300, () => (folder.Combine($"f{files.Count}-{Guid.NewGuid():N}.parquet"), key),
            (path, _, stats) => files.Add((path, stats.NumRecords))))
        {
            for (var round = 0; round < 6; round++)
            {
                for (var i = 0; i < batch.Capacity; i++)
                {
                    Fill(batch, "A1", "GRCh38:4-" + round.ToString(CultureInfo.InvariantCulture) + "-A-G", (round * 1_000) + i);
                }

                writer.Append(batch);
                batch.Clear();
                if (round % 2 == 1)
                {
                    writer.Flush();
                }
            }
        }

        // Each flush ends a file early: 2,000 rows between flushes make six files of 300 and one of 200.
        Assert.Equal(Enumerable.Repeat(new[] { 300L, 300L, 300L, 300L, 300L, 300L, 200L }, 3).SelectMany(r => r), files.Select(f => f.Rows));
        using var connection = EncryptedParquetWriterTests.Open(key);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*), count(DISTINCT dp), min(dp), max(dp) FROM {ReadFiles(files.Select(f => f.Path))}";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal((6_000L, 6_000L, 0, 5_999), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt32(2), reader.GetInt32(3)));
    }

    private static string ReadFiles(IEnumerable<string> paths) =>
        $"read_parquet([{string.Join(", ", paths.Select(p => $"'{p}'"))}], encryption_config = {{footer_key: 'k'}})";

    private static void Fill(ColumnBatch batch, string assay, string key, int? dp, string gt = "0/1", double? vaf = null)
    {
        var schema = batch.Schema;
        var row = batch.Count;
        batch.Strings(schema.IndexOf("assay_id"))[row] = assay;
        batch.Strings(schema.IndexOf("variant_key"))[row] = key;
        batch.Strings(schema.IndexOf("gt"))[row] = gt;
        batch.Strings(schema.IndexOf("zygosity"))[row] = "het";
        batch.Booleans(schema.IndexOf("phased"))[row] = false;
        batch.Int32s(schema.IndexOf("dp"))[row] = dp;
        batch.Doubles(schema.IndexOf("vaf"))[row] = vaf;
        batch.Strings(schema.IndexOf("source_sha256"))[row] = "abc";
        batch.Count = row + 1;
    }

    private static long Count(LakeQueryEngine engine, string sql) => Convert.ToInt64(engine.Scalar(sql), CultureInfo.InvariantCulture);
}

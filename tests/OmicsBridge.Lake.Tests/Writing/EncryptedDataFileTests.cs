using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Lake.Query;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Writing;
using OmicsBridge.Testing;

namespace OmicsBridge.Lake.Tests.Writing;

/// <summary>Lake data files are Parquet-encrypted, one data key per file, and still query like plain tables.</summary>
public sealed class EncryptedDataFileTests
{
    private const string Canary = "CANARY-SAMPLE-7f3a";

    [Fact]
    public void DataFiles_HoldNoPlaintext_AndEachHasItsOwnKey()
    {
        using var ws = new TempWorkspace();
        Ingest(ws, "run-1", Canary, "S2");
        Ingest(ws, "run-2", "S3");

        var files = new DeltaTable(Path.Combine(ws.Workspace.LakePath, "sample")).GetSnapshot().Files;
        Assert.Equal(2, files.Count);
        Assert.Equal(2, files.Select(f => f.Tags![DataKey.FileTag]).Distinct().Count());
        foreach (var path in Directory.EnumerateFiles(ws.Workspace.LakePath, "*", SearchOption.AllDirectories))
        {
            Assert.DoesNotContain(Canary, Encoding.Latin1.GetString(File.ReadAllBytes(path)), StringComparison.Ordinal);
        }

        Assert.All(Directory.EnumerateFiles(Path.Combine(ws.Workspace.LakePath, "sample"), "*.parquet"),
            path => Assert.Equal("PARE"u8.ToArray(), File.ReadAllBytes(path)[^4..]));
    }

    [Fact]
    public void Engine_FiltersJoinsAndAggregatesAcrossEncryptedFiles()
    {
        using var ws = new TempWorkspace();
        Ingest(ws, "run-1", Canary, "S2");
        Ingest(ws, "run-2", "S3", "S4");

        using var engine = LakeQueryEngine.Open(ws.Lake.GetSnapshot());
        Assert.Equal(Canary, engine.Scalar("SELECT sample_id FROM sample WHERE sample_id = $1", Canary));
        Assert.Equal(2L, Convert.ToInt64(engine.Scalar(
            "SELECT count(*) FROM sample s JOIN (VALUES ('S2'), ('S4')) v(id) ON s.sample_id = v.id"), CultureInfo.InvariantCulture));
        Assert.Equal(4L, Convert.ToInt64(engine.Scalar("SELECT count(DISTINCT sample_id) FROM sample WHERE tissue = 'breast'"), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DataFile_WithoutItsKey_CannotBeRead()
    {
        using var ws = new TempWorkspace();
        Ingest(ws, "run-1", Canary);
        var path = Directory.EnumerateFiles(Path.Combine(ws.Workspace.LakePath, "sample"), "*.parquet").Single();

        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM read_parquet('{path}')";
        Assert.ThrowsAny<DuckDBException>(() => command.ExecuteNonQuery());
    }

    private static void Ingest(TempWorkspace ws, string runId, params string[] ids)
    {
        using var tx = ws.Lake.BeginWrite(runId, "test");
        foreach (var id in ids)
        {
            tx.Table(SampleTable.Schema).NewRow()
                .AppendValue(id).AppendValue("pt_1").AppendValue("tumour").AppendValue("breast")
                .AppendValue(new DateOnly(2024, 1, 2)).AppendNullValue().AppendValue("abc").AppendValue(runId).EndRow();
        }

        tx.Commit();
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
                batch.Strings(schema.IndexOf("assay_id"))[batch.Count] = i < 3 ? "A1" : "A2";
                batch.Strings(schema.IndexOf("variant_key"))[batch.Count] = variants[i % 2];
                batch.Strings(schema.IndexOf("gt"))[batch.Count] = i == 4 ? "./1" : "0/1";
                batch.Strings(schema.IndexOf("zygosity"))[batch.Count] = "het";
                batch.Booleans(schema.IndexOf("phased"))[batch.Count] = false;
                batch.Int32s(schema.IndexOf("dp"))[batch.Count] = i == 2 ? null : 10 + i;
                batch.Doubles(schema.IndexOf("vaf"))[batch.Count] = i * 0.1;
                batch.Strings(schema.IndexOf("source_sha256"))[batch.Count] = "abc";
                batch.Count++;
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
}

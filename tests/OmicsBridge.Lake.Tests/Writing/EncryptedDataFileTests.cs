using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Lake.Query;
using OmicsBridge.Lake.Schema.Tables;
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
}

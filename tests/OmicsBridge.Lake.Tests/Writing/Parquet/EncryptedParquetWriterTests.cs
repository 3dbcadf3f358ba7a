using System.Globalization;
using System.Security.Cryptography;
using DuckDB.NET.Data;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Lake.Schema;
using OmicsBridge.Lake.Writing;
using OmicsBridge.Lake.Writing.Parquet;
using OmicsBridge.Testing;

namespace OmicsBridge.Lake.Tests.Writing.Parquet;

/// <summary>
/// Files of <see cref="EncryptedParquetWriter"/> as DuckDB reads them: every column type, nulls, several row groups,
/// filters pushed into the scan, and the statistics' ordering rules.
/// </summary>
public sealed class EncryptedParquetWriterTests
{
    private static readonly TableSchema Schema = new("mixed", "Every type the columnar path writes.",
    [
        new("row", ColumnType.Int64, false),
        new("name", ColumnType.String),
        new("small", ColumnType.Int32),
        new("wide", ColumnType.Int32),
        new("big", ColumnType.Int64),
        new("score", ColumnType.Double),
        new("flag", ColumnType.Boolean),
        new("constant", ColumnType.String, false),
    ]);

    private static readonly string[] Names = ["TP53", "BRCA1", "", "é", "z", "😀", "\uFFFD", "it's"];

    [Fact]
    public void EveryType_WithNulls_AcrossRowGroups_ReadsBackValueForValue()
    {
        const int Rows = 300_000;
        var (path, key) = Write(Rows, out var folder);
        using (folder)
        {
            using var connection = Open(key);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM read_parquet('{path}', encryption_config = {{footer_key: 'k'}}) ORDER BY row";
            using var reader = command.ExecuteReader();
            var n = 0;
            while (reader.Read())
            {
                var expected = Row(n);
                for (var c = 0; c < expected.Length; c++)
                {
                    var actual = reader.IsDBNull(c) ? null : reader.GetValue(c);
                    Assert.True(Equals(expected[c], actual) || (expected[c] is double e && actual is double a && e.Equals(a)),
                        $"row {n}, column {Schema.Columns[c].Name}: expected {expected[c] ?? "null"}, read {actual ?? "null"}");
                }

                n++;
            }

            Assert.Equal(Rows, n);
        }
    }

    [Fact]
    public void FiltersPushedIntoTheScan_SeeEveryMatchingRow()
    {
        const int Rows = 300_000;
        var (path, key) = Write(Rows, out var folder);
        using (folder)
        {
            using var connection = Open(key);
            long Count(string where)
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT count(*) FROM read_parquet('{path}', encryption_config = {{footer_key: 'k'}}) WHERE {where}";
                return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            }

            var rows = Enumerable.Range(0, Rows).Select(Row).ToList();
            Assert.Equal(rows.LongCount(r => (string?)r[1] == "TP53"), Count("name = 'TP53'"));
            Assert.Equal(rows.LongCount(r => (string?)r[1] == "it's"), Count("name = 'it''s'"));
            Assert.Equal(rows.LongCount(r => (long)r[0]! is >= 200_000 and < 200_100), Count("row BETWEEN 200000 AND 200099"));
            Assert.Equal(rows.LongCount(r => r[3] is int w && w > 2_000_000_000), Count("wide > 2000000000"));
            // DuckDB orders NaN above every number; the last row group has NaN among values below 0.5.
            Assert.Equal(rows.LongCount(r => r[5] is double s && (s >= 0.5 || double.IsNaN(s))), Count("score >= 0.5"));
            Assert.Equal(rows.LongCount(r => r[6] is true), Count("flag"));
            Assert.Equal(rows.LongCount(r => r[2] is null), Count("small IS NULL"));
        }
    }

    [Fact]
    public void Statistics_FollowTheFormatsOrders()
    {
        var (path, key) = Write(300_000, out var folder);
        using (folder)
        {
            var footer = new EncryptedFooterReader(File.ReadAllBytes(path), key.Key).FileMetadata();
            var rowGroups = (List<object>)footer[4];
            Dictionary<short, object> Stats(int group, string column)
            {
                var chunks = (List<object>)((Dictionary<short, object>)rowGroups[group])[1];
                return (Dictionary<short, object>)((Dictionary<short, object>)((Dictionary<short, object>)chunks[Schema.IndexOf(column)])[3])[12];
            }

            // UTF-8 byte order, not UTF-16's: U+FFFD (EF BF BD) sorts before an emoji (F0 ...), "" first.
            Assert.Equal("", EncryptedFooterReader.Text(Stats(0, "name")[6]));
            Assert.Equal("😀", EncryptedFooterReader.Text(Stats(0, "name")[5]));
            // A zero bound is written -0.0 as min; a chunk with NaN has no bounds at all.
            var min = BitConverter.ToDouble((byte[])Stats(0, "score")[6]);
            Assert.True(min == 0 && double.IsNegative(min), min.ToString(CultureInfo.InvariantCulture));
            Assert.Equal(0.999, BitConverter.ToDouble((byte[])Stats(0, "score")[5]));
            Assert.False(Stats(2, "score").ContainsKey(5) || Stats(2, "score").ContainsKey(6));
            Assert.Equal(int.MinValue, BitConverter.ToInt32((byte[])Stats(0, "wide")[6]));
            Assert.Equal((long)Enumerable.Range(0, 122_880).Count(i => Row(i)[2] is null), Stats(0, "small")[3]);
        }
    }

    [Fact]
    public void AChangedByte_IsCaughtByTheReader()
    {
        var (path, key) = Write(1_000, out var folder);
        using (folder)
        {
            var bytes = File.ReadAllBytes(path);
            bytes[100] ^= 0x01; // inside the first page's ciphertext
            File.WriteAllBytes(path, bytes);
            using var connection = Open(key);
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT sum(row) FROM read_parquet('{path}', encryption_config = {{footer_key: 'k'}})";
            Assert.ThrowsAny<Exception>(() => command.ExecuteScalar());
        }
    }

    [Fact]
    public void ARowGroupWhoseStringsAreAllNull_HasNoDictionaryAndReadsBackAsNulls()
    {
        var schema = new TableSchema("sparse", "A string column left empty.", [new("id", ColumnType.Int32, false), new("unit", ColumnType.String)]);
        var batch = new ColumnBatch(schema, 1_000);
        for (var i = 0; i < 1_000; i++)
        {
            batch.Int32s(0)[i] = i;
        }

        batch.Count = 1_000;
        var buffer = new CodedBatchBuffer(schema);
        buffer.Append(batch, 0, batch.Count);
        using var folder = new TempDirectory("ob-parquet");
        var path = folder.Combine("sparse.parquet");
        var key = new DataKey("k", RandomNumberGenerator.GetBytes(32));
        using (var writer = new EncryptedParquetWriter())
        {
            writer.Open(path, key, schema);
            writer.WriteRowGroup(buffer);
            Assert.Equal([0L, 1_000L], writer.Close());
        }

        using var connection = Open(key);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*), count(unit), CAST(sum(id) AS BIGINT) FROM read_parquet('{path}', encryption_config = {{footer_key: 'k'}})";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal((1_000L, 0L, 499_500L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
    }

    [Fact]
    public void ANullInARequiredColumn_IsRefused()
    {
        var buffer = new CodedBatchBuffer(Schema);
        var batch = Fill(1);
        batch.Strings(Schema.IndexOf("constant"))[0] = null;
        buffer.Append(batch, 0, 1);
        using var folder = new TempDirectory("ob-parquet");
        using var writer = new EncryptedParquetWriter();
        writer.Open(folder.Combine("x.parquet"), new DataKey("k", new byte[32]), Schema);
        Assert.Throws<InvalidOperationException>(() => writer.WriteRowGroup(buffer));
    }

    /// <summary>Row <paramref name="i"/>'s values in schema order, as DuckDB returns them.</summary>
    private static object?[] Row(int i) =>
    [
        (long)i,
        i % 11 == 10 ? null : Names[i % Names.Length],
        i % 7 == 0 ? null : i % 100,
        i % 3 == 0 ? int.MinValue + i : int.MaxValue - i,
        i % 5 == 0 ? null : (long)i * 3_000_000_000L,
        i % 13 == 0 && i >= 250_000 ? double.NaN : i >= 250_000 && i % 19 != 0 ? 0.25 : i % 17 == 0 ? (i % 2 == 0 ? 0.0 : -0.0) : i % 19 == 0 ? null : (i % 1_000) / 1_000.0,
        i % 4 == 0 ? null : i % 3 == 1,
        "same",
    ];

    private static ColumnBatch Fill(int rows)
    {
        var batch = new ColumnBatch(Schema, rows);
        for (var i = 0; i < rows; i++)
        {
            var row = Row(i);
            batch.Int64s(0)[i] = (long)row[0]!;
            batch.Strings(1)[i] = (string?)row[1];
            batch.Int32s(2)[i] = (int?)row[2];
            batch.Int32s(3)[i] = (int?)row[3];
            batch.Int64s(4)[i] = (long?)row[4];
            batch.Doubles(5)[i] = (double?)row[5];
            batch.Booleans(6)[i] = (bool?)row[6];
            batch.Strings(7)[i] = (string?)row[7];
        }

        batch.Count = rows;
        return batch;
    }

    private static (string Path, DataKey Key) Write(int rows, out TempDirectory folder)
    {
        folder = new TempDirectory("ob-parquet");
        var path = folder.Combine("mixed.parquet");
        var key = new DataKey("k", RandomNumberGenerator.GetBytes(32));
        var batch = Fill(rows);
        var buffer = new CodedBatchBuffer(Schema);
        using var writer = new EncryptedParquetWriter();
        writer.Open(path, key, Schema);
        for (var start = 0; start < rows; start += EncryptedParquetWriter.RowGroupRows)
        {
            buffer.Append(batch, start, Math.Min(EncryptedParquetWriter.RowGroupRows, rows - start));
            writer.WriteRowGroup(buffer);
            buffer.Clear();
        }

        writer.Close();
        return (path, key);
    }

    /// <summary>An in-memory DuckDB that knows <paramref name="key"/> as 'k'.</summary>
    internal static DuckDBConnection Open(DataKey key)
    {
        var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA add_parquet_key('k', '{key.Base64}')";
        command.ExecuteNonQuery();
        return connection;
    }
}

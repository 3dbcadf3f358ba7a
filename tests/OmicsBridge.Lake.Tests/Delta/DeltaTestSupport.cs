using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Testing;

namespace OmicsBridge.Lake.Tests.Delta;

/// <summary>Golden-table locations and a DuckDB runner that renders rows order-insensitively for comparison.</summary>
internal static class DeltaTestSupport
{
    public static string Golden(string table) => TestData.Shared("delta/" + table);

    /// <summary>Runs <paramref name="sql"/> and returns each row as "col=value|..." with columns sorted by name, rows sorted.</summary>
    public static List<string> Rows(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using (var tz = connection.CreateCommand())
        {
            tz.CommandText = "SET TimeZone = 'UTC'";
            tz.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var order = Enumerable.Range(0, reader.FieldCount).OrderBy(reader.GetName, StringComparer.Ordinal).ToArray();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join("|", order.Select(i => reader.GetName(i) + "=" + Render(reader.IsDBNull(i) ? null : reader.GetValue(i)))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    /// <summary>Column names and DuckDB types of a query, in order.</summary>
    public static List<string> Columns(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT column_name || ' ' || column_type FROM (DESCRIBE {sql})";
        using var reader = command.ExecuteReader();
        var columns = new List<string>();
        while (reader.Read())
        {
            columns.Add(reader.GetString(0));
        }

        return columns;
    }

    /// <summary>The Spark-written answer key for a golden table (latest snapshot).</summary>
    public static List<string> Expected(string table) =>
        Rows($"SELECT * FROM read_parquet('{TestData.Shared("delta/_expected/" + table)}/*.parquet')");

    public static List<string> Snapshot(string table, long? version = null) =>
        Rows(new DeltaTable(Golden(table)).GetSnapshot(version).ToDuckDbSql());

    /// <summary>Copies a golden table into <paramref name="target"/> so a test may change it.</summary>
    public static string Copy(string table, string target)
    {
        var source = Golden(table);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }

        return target;
    }

    private static string Render(object? value) => value switch
    {
        null => "null",
        byte[] bytes => "0x" + Convert.ToHexString(bytes),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dt => dt.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        Stream stream => "0x" + Convert.ToHexString(ReadAll(stream)),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null",
    };

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    public static string Describe(IEnumerable<string> rows) => new StringBuilder().AppendJoin('\n', rows).ToString();
}

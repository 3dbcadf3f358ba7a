using System.Globalization;
using System.Numerics;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Gate;
using ParquetSharp;

namespace OmicsBridge.Cli.Commands.Export;

/// <summary>
/// Writes the rows of a governed read as one plain zstd Parquet file (readable by Spark, Trino, DuckDB, pandas, R's
/// arrow), streaming: a row group per <see cref="RowGroupRows"/> rows.
/// </summary>
/// <remarks>
/// Column types follow the engine's: strings (and UUIDs) as UTF-8, every integer width as INT64, DOUBLE, FLOAT and
/// DECIMAL as DOUBLE, BOOLEAN, DATE, and TIMESTAMP (UTC). A list, struct or blob column is refused by name: cast it
/// in the SELECT.
/// </remarks>
internal static class ParquetExport
{
    private const int RowGroupRows = 100_000;

    public static long Write(QueryResult result, string path)
    {
        var buffers = result.Columns.Select(Buffer).ToArray();
        using var properties = new WriterPropertiesBuilder().Compression(Compression.Zstd).Build();
        using var writer = new ParquetFileWriter(path, [.. buffers.Select(b => b.Column)], properties);
        long rows = 0;
        var filled = 0;
        while (result.Read())
        {
            for (var c = 0; c < buffers.Length; c++)
            {
                buffers[c].Set(filled, result[c]);
            }

            rows++;
            if (++filled == RowGroupRows)
            {
                Flush(writer, buffers, filled);
                filled = 0;
            }
        }

        if (filled > 0 || rows == 0)
        {
            Flush(writer, buffers, filled);
        }

        writer.Close();
        return rows;
    }

    private static void Flush(ParquetFileWriter writer, IColumnBuffer[] buffers, int rows)
    {
        using var group = writer.AppendRowGroup();
        foreach (var buffer in buffers)
        {
            buffer.WriteTo(group, rows);
        }
    }

    private static IColumnBuffer Buffer(QueryColumn column) => column.TypeName switch
    {
        "Varchar" or "Uuid" => new ColumnBuffer<string?>(column.Name, v => Convert.ToString(v, CultureInfo.InvariantCulture)),
        "TinyInt" or "SmallInt" or "Integer" or "BigInt" or "UnsignedTinyInt" or "UnsignedSmallInt" or "UnsignedInteger"
            => new ColumnBuffer<long?>(column.Name, v => Convert.ToInt64(v, CultureInfo.InvariantCulture)),
        "UnsignedBigInt" or "HugeInt" or "UnsignedHugeInt" => new ColumnBuffer<long?>(column.Name, v => ToInt64(column.Name, v)),
        "Double" or "Float" or "Decimal" => new ColumnBuffer<double?>(column.Name, v => Convert.ToDouble(v, CultureInfo.InvariantCulture)),
        "Boolean" => new ColumnBuffer<bool?>(column.Name, v => (bool)v),
        "Date" => new ColumnBuffer<Date?>(column.Name, v => v is DateOnly d ? new Date(d.Year, d.Month, d.Day) : new Date((DateTime)v)),
        "Timestamp" or "TimestampTz" => new ColumnBuffer<DateTime?>(column.Name, v => v is DateTimeOffset o ? o.UtcDateTime : (DateTime)v),
        _ => throw OmicsBridgeException.Usage(
            $"Column '{column.Name}' is {column.TypeName}; export writes scalar columns. Cast it in the SELECT, e.g. CAST({column.Name} AS VARCHAR)."),
    };

    private static long ToInt64(string column, object value) => value switch
    {
        BigInteger big when big >= long.MinValue && big <= long.MaxValue => (long)big,
        BigInteger => throw OmicsBridgeException.InvalidInput($"Column '{column}' holds {value}, beyond a 64-bit integer; cast it to DOUBLE or VARCHAR in the SELECT."),
        _ => Convert.ToInt64(value, CultureInfo.InvariantCulture),
    };

    private interface IColumnBuffer
    {
        Column Column { get; }

        void Set(int row, object? value);

        void WriteTo(RowGroupWriter group, int rows);
    }

    private sealed class ColumnBuffer<T>(string name, Func<object, T> convert) : IColumnBuffer
    {
        private readonly T[] _values = new T[RowGroupRows];

        public Column Column { get; } = new Column<T>(name);

        public void Set(int row, object? value) => _values[row] = value is null or DBNull ? default! : convert(value);

        public void WriteTo(RowGroupWriter group, int rows)
        {
            using var writer = group.NextColumn().LogicalWriter<T>();
            writer.WriteBatch(_values, 0, rows);
        }
    }
}

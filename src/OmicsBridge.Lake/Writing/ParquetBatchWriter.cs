using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Schema;
using Parquet;
using Parquet.Schema;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// Writes a <see cref="ColumnBatch"/> as one zstd Parquet file (one row group) with Parquet.Net, and computes the Delta
/// statistics of the file from the arrays, so the columnar path never goes through the DuckDB buffer.
/// </summary>
internal static class ParquetBatchWriter
{
    private static readonly ParquetOptions s_options = new()
    {
        CompressionMethod = CompressionMethod.Zstd,
        CompressionLevel = System.IO.Compression.CompressionLevel.Fastest,
    };

    public static DeltaFileStats Write(ColumnBatch batch, string path)
    {
        var fields = batch.Schema.Columns.Select(ToField).ToArray();
        using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 20))
        {
            WriteAsync(batch, fields, stream).GetAwaiter().GetResult();
        }

        return Stats(batch);
    }

    private static async Task WriteAsync(ColumnBatch batch, DataField[] fields, Stream stream)
    {
        var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, s_options).ConfigureAwait(false);
        await using (writer.ConfigureAwait(false))
        {
            using var group = writer.CreateRowGroup();
            var n = batch.Count;
            for (var i = 0; i < fields.Length; i++)
            {
                switch (batch.RawColumn(i))
                {
                    case string?[] strings:
                        await group.WriteAsync(fields[i], new ArraySegment<string?>(strings, 0, n)!).ConfigureAwait(false);
                        break;
                    case int?[] ints:
                        await group.WriteAsync(fields[i], new ReadOnlyMemory<int?>(ints, 0, n)).ConfigureAwait(false);
                        break;
                    case long?[] longs:
                        await group.WriteAsync(fields[i], new ReadOnlyMemory<long?>(longs, 0, n)).ConfigureAwait(false);
                        break;
                    case double?[] doubles:
                        await group.WriteAsync(fields[i], new ReadOnlyMemory<double?>(doubles, 0, n)).ConfigureAwait(false);
                        break;
                    case bool?[] booleans:
                        await group.WriteAsync(fields[i], new ReadOnlyMemory<bool?>(booleans, 0, n)).ConfigureAwait(false);
                        break;
                    default:
                        throw new NotSupportedException(fields[i].Name);
                }
            }

            group.CompleteValidate();
        }
    }

    private static DataField ToField(ColumnSchema column) => column.Type switch
    {
        ColumnType.String => new DataField<string>(column.Name, true),
        ColumnType.Int32 => new DataField<int?>(column.Name, true),
        ColumnType.Int64 => new DataField<long?>(column.Name, true),
        ColumnType.Double => new DataField<double?>(column.Name, true),
        ColumnType.Boolean => new DataField<bool?>(column.Name, true),
        _ => throw new NotSupportedException($"Column type {column.Type} has no columnar fast path."),
    };

    private static DeltaFileStats Stats(ColumnBatch batch)
    {
        var n = batch.Count;
        var min = new Dictionary<string, object?>(StringComparer.Ordinal);
        var max = new Dictionary<string, object?>(StringComparer.Ordinal);
        var nulls = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var c = 0; c < batch.Schema.Columns.Count; c++)
        {
            var name = batch.Schema.Columns[c].Name;
            switch (batch.RawColumn(c))
            {
                case string?[] strings:
                    nulls[name] = StringRange(strings.AsSpan(0, n), min, max, name);
                    break;
                case int?[] ints:
                    nulls[name] = Range(ints.AsSpan(0, n), min, max, name);
                    break;
                case long?[] longs:
                    nulls[name] = Range(longs.AsSpan(0, n), min, max, name);
                    break;
                case double?[] doubles:
                    nulls[name] = Range(doubles.AsSpan(0, n), min, max, name);
                    break;
                case bool?[] booleans:
                    nulls[name] = CountNulls(booleans.AsSpan(0, n));
                    break;
            }
        }

        return new DeltaFileStats(n, min, max, nulls);
    }

    private static long StringRange(ReadOnlySpan<string?> values, Dictionary<string, object?> min, Dictionary<string, object?> max, string name)
    {
        long nulls = 0;
        string? lo = null, hi = null, last = null;
        foreach (var value in values)
        {
            if (value is null)
            {
                nulls++;
                continue;
            }

            // Runs of the same instance (a variant key across its carriers) are skipped without comparing text.
            if (ReferenceEquals(value, last))
            {
                continue;
            }

            last = value;
            if (lo is null || string.CompareOrdinal(value, lo) < 0)
            {
                lo = value;
            }

            if (hi is null || string.CompareOrdinal(value, hi) > 0)
            {
                hi = value;
            }
        }

        // Delta writers truncate long string bounds; a truncated max would be wrong, so such a bound is left out.
        if (lo is not null)
        {
            min[name] = lo.Length > 32 ? lo[..32] : lo;
        }

        if (hi is not null && hi.Length <= 32)
        {
            max[name] = hi;
        }

        return nulls;
    }

    private static long Range<T>(ReadOnlySpan<T?> values, Dictionary<string, object?> min, Dictionary<string, object?> max, string name)
        where T : struct, IComparable<T>
    {
        long nulls = 0;
        T? lo = null, hi = null;
        foreach (var value in values)
        {
            if (value is not { } v)
            {
                nulls++;
                continue;
            }

            if (v is double d && (double.IsNaN(d) || double.IsInfinity(d)))
            {
                continue;
            }

            if (lo is null || v.CompareTo(lo.Value) < 0)
            {
                lo = v;
            }

            if (hi is null || v.CompareTo(hi.Value) > 0)
            {
                hi = v;
            }
        }

        if (lo is not null)
        {
            min[name] = lo.Value;
            max[name] = hi!.Value;
        }

        return nulls;
    }

    private static long CountNulls(ReadOnlySpan<bool?> values)
    {
        long nulls = 0;
        foreach (var value in values)
        {
            if (value is null)
            {
                nulls++;
            }
        }

        return nulls;
    }
}

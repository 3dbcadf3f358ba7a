using System.Globalization;
using DuckDB.NET.Data;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Schema;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// Buffers rows of one table in DuckDB and writes them out as zstd Parquet data files of about
/// <c>lake.target_file_rows</c> rows, each with the Delta statistics the add action carries.
/// </summary>
/// <remarks>
/// The schema is checked once, when the buffer table is created with the lake table's column types; DuckDB's appender
/// then rejects a value of the wrong type. Rows are appended in column order through <see cref="NewRow"/>:
/// <c>appender.NewRow().AppendValue(a).AppendValue(b).EndRow()</c>. Files become visible only when the transaction
/// commits; until then they are unreferenced and are deleted if it does not.
/// </remarks>
public sealed class TableAppender : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _folder;
    private readonly int _targetRows;
    private readonly string _buffer;
    private readonly List<DeltaAddFile> _files = [];
    private readonly List<string> _writtenPaths = [];
    private readonly IReadOnlyDictionary<string, string?> _tags;
    private DuckDBAppender? _appender;
    private long _pending;

    internal TableAppender(DuckDBConnection connection, TableSchema schema, string folder, int targetRows, string runId)
    {
        _connection = connection;
        Schema = schema;
        _folder = folder;
        _targetRows = targetRows;
        _buffer = $"buf_{schema.Name}";
        _tags = new Dictionary<string, string?> { ["omicsbridge.run_id"] = runId };
        var columns = string.Join(", ", schema.Columns.Select(c => $"\"{c.Name}\" {c.DuckDbTypeName}"));
        Execute($"CREATE TABLE \"{_buffer}\" ({columns})");
    }

    public TableSchema Schema { get; }

    /// <summary>Rows appended so far, flushed or not.</summary>
    public long RowCount { get; private set; }

    internal IReadOnlyList<DeltaAddFile> Files => _files;

    internal IReadOnlyList<string> WrittenPaths => _writtenPaths;

    /// <summary>Starts the next row; append every column in schema order, then call <c>EndRow()</c>.</summary>
    public IDuckDBAppenderRow NewRow()
    {
        if (_pending >= _targetRows)
        {
            Flush();
        }

        _appender ??= _connection.CreateAppender(_buffer);
        _pending++;
        RowCount++;
        return _appender.CreateRow();
    }

    /// <summary>
    /// Writes <paramref name="batch"/>'s rows as one new data file, directly as Parquet (no DuckDB buffer), and registers
    /// it with its Delta statistics like a flushed file: visible only when the transaction commits. The batch can be
    /// cleared and refilled afterwards. Rows appended row by row are unaffected (they go to their own files).
    /// </summary>
    public void AppendBatch(ColumnBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (!ReferenceEquals(batch.Schema, Schema) && batch.Schema.Name != Schema.Name)
        {
            throw new ArgumentException($"The batch is for table '{batch.Schema.Name}', not '{Schema.Name}'.", nameof(batch));
        }

        if (batch.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"part-b{_files.Count:D5}-{Guid.NewGuid():D}.c000.zstd.parquet");
        var path = Path.Combine(_folder, fileName);
        _writtenPaths.Add(path);
        var stats = ParquetBatchWriter.Write(batch, path);
        RowCount += batch.Count;
        var info = new FileInfo(path);
        _files.Add(new DeltaAddFile(
            Uri.EscapeDataString(fileName),
            new Dictionary<string, string?>(),
            info.Length,
            new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeMilliseconds(),
            DataChange: true,
            Stats: stats.ToJson(),
            Tags: _tags));
    }

    /// <summary>Writes the buffered rows to a new data file (nothing when the buffer is empty).</summary>
    internal void Flush()
    {
        _appender?.Close();
        _appender?.Dispose();
        _appender = null;
        if (_pending == 0)
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"part-{_files.Count:D5}-{Guid.NewGuid():D}.c000.zstd.parquet");
        var path = Path.Combine(_folder, fileName);
        _writtenPaths.Add(path);
        Execute($"COPY \"{_buffer}\" TO '{path.Replace("'", "''", StringComparison.Ordinal)}' (FORMAT parquet, COMPRESSION zstd)");
        var stats = ComputeStats();
        Execute($"DELETE FROM \"{_buffer}\"");
        _pending = 0;

        var info = new FileInfo(path);
        _files.Add(new DeltaAddFile(
            Uri.EscapeDataString(fileName),
            new Dictionary<string, string?>(),
            info.Length,
            new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeMilliseconds(),
            DataChange: true,
            Stats: stats.ToJson(),
            Tags: _tags));
    }

    /// <summary>Deletes every data file this appender wrote (the transaction did not commit).</summary>
    internal void DeleteWrittenFiles()
    {
        foreach (var path in _writtenPaths.Where(File.Exists))
        {
            File.Delete(path);
        }
    }

    public void Dispose()
    {
        _appender?.Dispose();
        _appender = null;
    }

    private DeltaFileStats ComputeStats()
    {
        // Delta statistics: row count, null counts for every column, min/max where a reader can use them to skip files.
        var withRange = Schema.Columns.Where(c => c.Type is not ColumnType.Boolean).ToList();
        var select = new List<string> { "count(*)" };
        select.AddRange(Schema.Columns.Select(c => $"count(*) - count(\"{c.Name}\")"));
        select.AddRange(withRange.Select(c => $"min(\"{c.Name}\")"));
        select.AddRange(withRange.Select(c => $"max(\"{c.Name}\")"));

        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", select)} FROM \"{_buffer}\"";
        using var reader = command.ExecuteReader();
        reader.Read();
        var numRecords = reader.GetInt64(0);
        var nullCount = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < Schema.Columns.Count; i++)
        {
            nullCount[Schema.Columns[i].Name] = reader.GetInt64(1 + i);
        }

        var min = new Dictionary<string, object?>(StringComparer.Ordinal);
        var max = new Dictionary<string, object?>(StringComparer.Ordinal);
        var offset = 1 + Schema.Columns.Count;
        for (var i = 0; i < withRange.Count; i++)
        {
            AddBound(min, withRange[i], reader.GetValue(offset + i), isMax: false);
            AddBound(max, withRange[i], reader.GetValue(offset + withRange.Count + i), isMax: true);
        }

        return new DeltaFileStats(numRecords, min, max, nullCount);
    }

    private static void AddBound(Dictionary<string, object?> bounds, ColumnSchema column, object? value, bool isMax)
    {
        switch (value)
        {
            case null or DBNull:
                return;
            // Delta writers truncate long string bounds; a truncated max would be wrong, so such a bound is left out.
            case string text when text.Length > 32:
                if (!isMax)
                {
                    bounds[column.Name] = text[..32];
                }

                return;
            case DateOnly date:
                bounds[column.Name] = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                return;
            case DateTime dateTime:
                bounds[column.Name] = column.Type == ColumnType.Date
                    ? dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : dateTime.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
                return;
            case DateTimeOffset instant:
                bounds[column.Name] = instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
                return;
            case double d when double.IsNaN(d) || double.IsInfinity(d):
                return;
            default:
                bounds[column.Name] = value;
                return;
        }
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

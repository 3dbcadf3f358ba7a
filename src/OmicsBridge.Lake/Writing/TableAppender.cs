using System.Globalization;
using DuckDB.NET.Data;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Lake.Schema;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// Buffers rows of one table in DuckDB and writes them out as zstd Parquet data files of about
/// <c>lake.target_file_rows</c> rows, each encrypted (Parquet Modular Encryption, AES-GCM) with a data key of its own,
/// and with the Delta statistics and data-key tag the add action carries.
/// </summary>
/// <remarks>
/// The schema is checked once, when the buffer table is created with the lake table's column types; DuckDB's appender
/// then rejects a value of the wrong type. Rows are appended in column order through <see cref="NewRow"/>:
/// <c>appender.NewRow().AppendValue(a).AppendValue(b).EndRow()</c>. Files become visible only when the transaction
/// commits; until then they are unreferenced and are deleted if it does not. Columnar producers use
/// <see cref="AppendBatch"/> instead (see <see cref="CodedBatchWriter"/>), whose files our own writer encrypts; both
/// paths name and register files the same way.
/// <para>Every file gets a fresh key because DuckDB encrypts the row path's files with its built-in mbedtls, whose
/// random generator is not cryptographically strong: GCM nonces drawn from it could repeat across files under one key,
/// never with one key per file (the keys themselves come from the OS generator). The statistics hold row and null
/// counts only: the log is plaintext, and a min/max would put names or variant keys in it.</para>
/// </remarks>
public sealed class TableAppender : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly string _folder;
    private readonly int _targetRows;
    private readonly string _buffer;
    private readonly List<DeltaAddFile> _files = [];
    private readonly List<string> _writtenPaths = [];
    private readonly string _runId;
    private readonly DataKeyRing _keys;
    private DuckDBAppender? _appender;
    private readonly Lock _filesLock = new();
    private CodedBatchWriter? _batches;
    private int _fileCount;
    private long _pending;

    internal TableAppender(DuckDBConnection connection, TableSchema schema, string folder, int targetRows, string runId, DataKeyRing keys)
    {
        _connection = connection;
        Schema = schema;
        _folder = folder;
        _targetRows = targetRows;
        _buffer = $"buf_{schema.Name}";
        _runId = runId;
        _keys = keys;
        var columns = string.Join(", ", schema.Columns.Select(c => $"\"{c.Name}\" {c.DuckDbTypeName}"));
        Execute($"CREATE TABLE \"{_buffer}\" ({columns})");
    }

    public TableSchema Schema { get; }

    /// <summary>Rows appended so far, flushed or not.</summary>
    public long RowCount { get; private set; }

    /// <summary>
    /// Rows of one row group of the columnar path's files: a <see cref="ColumnBatch"/> of exactly this many rows is
    /// written from its own arrays (see <see cref="AppendBatch"/>).
    /// </summary>
    public int RowGroupRows => CodedBatchWriter.RowGroupRowsFor(_targetRows);

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
    /// Appends every row of <paramref name="batch"/> (the columnar producers' path, genotypes) to files of their own,
    /// written in the background; the batch can be cleared and refilled afterwards. A batch of exactly
    /// <see cref="RowGroupRows"/> rows arriving when no rows wait is encoded from its own arrays, not copied, and this
    /// returns once it is written; any other batch is copied into the writer's buffers and this returns at once.
    /// </summary>
    public void AppendBatch(ColumnBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Schema.Name != Schema.Name)
        {
            throw new ArgumentException($"The batch is for table '{batch.Schema.Name}', not '{Schema.Name}'.", nameof(batch));
        }

        _batches ??= new CodedBatchWriter(Schema, _targetRows, BeginFile, EndFile);
        _batches.Append(batch);
        RowCount += batch.Count;
    }

    /// <summary>Writes the buffered rows to new data files (nothing when the buffers are empty).</summary>
    internal void Flush()
    {
        _appender?.Close();
        _appender?.Dispose();
        _appender = null;
        if (_pending > 0)
        {
            var order = Schema.ClusterBy.Count == 0 ? "" : " ORDER BY " + string.Join(", ", Schema.ClusterBy.Select(c => $"\"{c}\""));
            var (path, key) = BeginFile();
            Execute($"PRAGMA add_parquet_key('{key.Id}', '{key.Base64}')");
            Execute($"COPY (SELECT * FROM \"{_buffer}\"{order}) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' "
                + $"(FORMAT parquet, COMPRESSION zstd, ENCRYPTION_CONFIG {{footer_key: '{key.Id}'}})");
            EndFile(path, key, ComputeStats());
            Execute($"DELETE FROM \"{_buffer}\"");
            _pending = 0;
        }

        _batches?.Flush();
    }

    /// <summary>
    /// Names a new data file and makes it a fresh data key; the path is known to the run's cleanup from here on, so a
    /// file left half-written by a failure is deleted with the rest.
    /// </summary>
    private (string Path, DataKey Key) BeginFile()
    {
        Directory.CreateDirectory(_folder);
        var fileName = string.Create(CultureInfo.InvariantCulture, $"part-{Interlocked.Increment(ref _fileCount) - 1:D5}-{Guid.NewGuid():D}.c000.zstd.parquet");
        var path = Path.Combine(_folder, fileName);
        lock (_filesLock)
        {
            _writtenPaths.Add(path);
        }

        return (path, _keys.Create("table/" + Schema.Name));
    }

    /// <summary>Registers a written data file with its row and null counts and the tag naming its data key.</summary>
    private void EndFile(string path, DataKey key, DeltaFileStats stats)
    {
        var info = new FileInfo(path);
        var add = new DeltaAddFile(
            Uri.EscapeDataString(info.Name),
            new Dictionary<string, string?>(),
            info.Length,
            new DateTimeOffset(info.LastWriteTimeUtc).ToUnixTimeMilliseconds(),
            DataChange: true,
            Stats: stats.ToJson(),
            Tags: new Dictionary<string, string?> { ["omicsbridge.run_id"] = _runId, [DataKey.FileTag] = key.Id });
        lock (_filesLock)
        {
            _files.Add(add);
        }
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
        _batches?.Dispose();
    }

    /// <summary>The row and null counts of the row buffer.</summary>
    private DeltaFileStats ComputeStats()
    {
        var select = new List<string> { "count(*)" };
        select.AddRange(Schema.Columns.Select(c => $"count(*) - count(\"{c.Name}\")"));
        using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", select)} FROM \"{_buffer}\"";
        using var reader = command.ExecuteReader();
        reader.Read();
        var nullCount = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < Schema.Columns.Count; i++)
        {
            nullCount[Schema.Columns[i].Name] = reader.GetInt64(1 + i);
        }

        return new DeltaFileStats(reader.GetInt64(0), new Dictionary<string, object?>(), new Dictionary<string, object?>(), nullCount);
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

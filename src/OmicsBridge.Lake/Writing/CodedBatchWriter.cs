using DuckDB.NET.Data;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Schema;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// The columnar path of one table (<see cref="TableAppender.AppendBatch"/>): batches are encoded into one of two
/// <see cref="CodedBatchBuffer"/>s; a full buffer is written as a data file by a COPY on a background task while the
/// producer fills the other one.
/// </summary>
/// <remarks>
/// The COPYs run on a DuckDB database of their own, so the producer's other tables (their row appenders on the run's
/// main connection) never wait for them. One COPY runs at a time; its error surfaces at the next switch or at
/// <see cref="Flush"/>.
/// </remarks>
internal sealed class CodedBatchWriter : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly int _targetRows;
    private readonly Action<DuckDBConnection, string, Func<DeltaFileStats>> _writeFile;
    private readonly CodedBatchBuffer[] _buffers;
    private readonly long[] _scans;
    private readonly string _columns;
    private int _filling;
    private Task? _copying;

    /// <param name="connection">A connection (to a database) of the writer's own; disposed with it.</param>
    /// <param name="schema">The table's schema.</param>
    /// <param name="targetRows">Rows per data file.</param>
    /// <param name="writeFile">Writes one data file: the connection, the query of its rows and their statistics (asked for once written).</param>
    public CodedBatchWriter(DuckDBConnection connection, TableSchema schema, int targetRows, Action<DuckDBConnection, string, Func<DeltaFileStats>> writeFile)
    {
        _connection = connection;
        _targetRows = targetRows;
        _writeFile = writeFile;
        _buffers = [new CodedBatchBuffer(schema), new CodedBatchBuffer(schema)];
        // Back to VARCHAR where row-group min/max must be exact (the writer then builds those dictionaries itself).
        _columns = string.Join(", ", schema.Columns.Select(c => schema.ExactStatistics.Contains(c.Name)
            ? $"CAST(\"{c.Name}\" AS VARCHAR) AS \"{c.Name}\""
            : $"\"{c.Name}\""));
        _scans = [.. _buffers.Select(b => CodedBatchScan.Register(connection, b))];
    }

    public void Append(ColumnBatch batch)
    {
        _buffers[_filling].Append(batch);
        if (_buffers[_filling].Count >= _targetRows)
        {
            StartCopy();
        }
    }

    /// <summary>Writes what is buffered and waits until every file is written.</summary>
    public void Flush()
    {
        StartCopy();
        WaitForCopy();
    }

    public void Dispose()
    {
        // A failed run still waits for a COPY in flight, so every file it created is known to the run's cleanup.
        try
        {
            WaitForCopy();
        }
        catch (Exception)
        {
            // The original failure is what the caller reports; this file is deleted with the rest.
        }

        foreach (var scan in _scans)
        {
            CodedBatchScan.Unregister(scan);
        }

        _connection.Dispose();
    }

    private void StartCopy()
    {
        WaitForCopy();
        var buffer = _buffers[_filling];
        if (buffer.Count == 0)
        {
            return;
        }

        var scan = _scans[_filling];
        _filling = 1 - _filling;
        _copying = Task.Run(() =>
        {
            // The null counts are taken by the scan while it hands the rows to the COPY.
            _writeFile(_connection, $"SELECT {_columns} FROM {CodedBatchScan.FunctionName(scan)}()",
                () => new DeltaFileStats(buffer.Count, new Dictionary<string, object?>(), new Dictionary<string, object?>(), CodedBatchScan.NullCounts(scan)));
            buffer.Clear();
        });
    }

    private void WaitForCopy()
    {
        var copying = _copying;
        _copying = null;
        copying?.GetAwaiter().GetResult();
    }
}

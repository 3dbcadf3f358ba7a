using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Lake.Schema;
using OmicsBridge.Lake.Writing.Parquet;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// The columnar path of one table (<see cref="TableAppender.AppendBatch"/>): batches are copied, row group by row group,
/// into one of two <see cref="CodedBatchBuffer"/>s; a full buffer is written as the next row group of the open data
/// file (<see cref="EncryptedParquetWriter"/>) on a background task while the producer fills the other one. A file is
/// closed once it holds the target rows and the next row group starts a new one.
/// </summary>
/// <remarks>One row group is written at a time; its error surfaces at the next switch or at <see cref="Flush"/>.</remarks>
internal sealed class CodedBatchWriter : IDisposable
{
    private readonly TableSchema _schema;
    private readonly int _targetRows;
    private readonly int _rowGroupRows;
    private readonly Func<(string Path, DataKey Key)> _beginFile;
    private readonly Action<string, DataKey, DeltaFileStats> _endFile;
    private readonly CodedBatchBuffer[] _buffers;
    private readonly EncryptedParquetWriter _parquet = new();
    private (string Path, DataKey Key) _file;
    private int _filling;
    private Task? _writing;

    /// <param name="schema">The table's schema.</param>
    /// <param name="targetRows">Rows per data file (files end at the first row group boundary past it).</param>
    /// <param name="beginFile">Names a new data file and its data key.</param>
    /// <param name="endFile">Registers a written file with its statistics.</param>
    public CodedBatchWriter(TableSchema schema, int targetRows, Func<(string Path, DataKey Key)> beginFile, Action<string, DataKey, DeltaFileStats> endFile)
    {
        _schema = schema;
        _targetRows = targetRows;
        _rowGroupRows = Math.Min(EncryptedParquetWriter.RowGroupRows, targetRows);
        _beginFile = beginFile;
        _endFile = endFile;
        _buffers = [new CodedBatchBuffer(schema), new CodedBatchBuffer(schema)];
    }

    public void Append(ColumnBatch batch)
    {
        for (var start = 0; start < batch.Count;)
        {
            var buffer = _buffers[_filling];
            var rows = Math.Min(_rowGroupRows - buffer.Count, batch.Count - start);
            buffer.Append(batch, start, rows);
            start += rows;
            if (buffer.Count == _rowGroupRows)
            {
                StartWrite(closeFile: false);
            }
        }
    }

    /// <summary>Writes what is buffered, closes the open file and waits until everything is written.</summary>
    public void Flush()
    {
        StartWrite(closeFile: true);
        WaitForWrite();
    }

    public void Dispose()
    {
        // A failed run still waits for a write in flight, so every file it created is known to the run's cleanup.
        try
        {
            WaitForWrite();
        }
        catch (Exception)
        {
            // The original failure is what the caller reports; this file is deleted with the rest.
        }

        _parquet.Dispose();
    }

    private void StartWrite(bool closeFile)
    {
        WaitForWrite();
        var buffer = _buffers[_filling];
        _filling = 1 - _filling;
        _writing = Task.Run(() =>
        {
            if (buffer.Count > 0)
            {
                if (!_parquet.IsOpen)
                {
                    _file = _beginFile();
                    _parquet.Open(_file.Path, _file.Key, _schema);
                }

                _parquet.WriteRowGroup(buffer);
                buffer.Clear();
            }

            if (_parquet.IsOpen && (closeFile || _parquet.Rows >= _targetRows))
            {
                var rows = _parquet.Rows;
                var nulls = _parquet.Close();
                var nullCount = _schema.Columns.Select((c, i) => (c.Name, nulls[i])).ToDictionary(p => p.Name, p => p.Item2, StringComparer.Ordinal);
                _endFile(_file.Path, _file.Key, new DeltaFileStats(rows, new Dictionary<string, object?>(), new Dictionary<string, object?>(), nullCount));
            }
        });
    }

    private void WaitForWrite()
    {
        var writing = _writing;
        _writing = null;
        writing?.GetAwaiter().GetResult();
    }
}

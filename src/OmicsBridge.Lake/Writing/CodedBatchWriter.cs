using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Lake.Schema;
using OmicsBridge.Lake.Writing.Parquet;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// The columnar path of one table (<see cref="TableAppender.AppendBatch"/>): batches are encoded into one of two
/// <see cref="CodedBatchBuffer"/>s; a full buffer is written as a data file (<see cref="EncryptedParquetWriter"/>) on a
/// background task while the producer fills the other one.
/// </summary>
/// <remarks>One file is written at a time; its error surfaces at the next switch or at <see cref="Flush"/>.</remarks>
internal sealed class CodedBatchWriter : IDisposable
{
    private readonly int _targetRows;
    private readonly Action<Func<string, DataKey, DeltaFileStats>> _writeFile;
    private readonly CodedBatchBuffer[] _buffers;
    private readonly EncryptedParquetWriter _parquet = new();
    private int _filling;
    private Task? _writing;

    /// <param name="schema">The table's schema.</param>
    /// <param name="targetRows">Rows per data file.</param>
    /// <param name="writeFile">Registers one data file: it names the path and the data key, the callback writes the file there and returns its statistics.</param>
    public CodedBatchWriter(TableSchema schema, int targetRows, Action<Func<string, DataKey, DeltaFileStats>> writeFile)
    {
        _targetRows = targetRows;
        _writeFile = writeFile;
        _buffers = [new CodedBatchBuffer(schema), new CodedBatchBuffer(schema)];
    }

    public void Append(ColumnBatch batch)
    {
        _buffers[_filling].Append(batch);
        if (_buffers[_filling].Count >= _targetRows)
        {
            StartWrite();
        }
    }

    /// <summary>Writes what is buffered and waits until every file is written.</summary>
    public void Flush()
    {
        StartWrite();
        WaitForWrite();
    }

    public void Dispose()
    {
        // A failed run still waits for a file in flight, so every file it created is known to the run's cleanup.
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

    private void StartWrite()
    {
        WaitForWrite();
        var buffer = _buffers[_filling];
        if (buffer.Count == 0)
        {
            return;
        }

        _filling = 1 - _filling;
        _writing = Task.Run(() =>
        {
            _writeFile((path, key) =>
            {
                var nulls = _parquet.Write(buffer, path, key);
                var nullCount = buffer.Schema.Columns.Select((c, i) => (c.Name, nulls[i])).ToDictionary(p => p.Name, p => p.Item2, StringComparer.Ordinal);
                return new DeltaFileStats(buffer.Count, new Dictionary<string, object?>(), new Dictionary<string, object?>(), nullCount);
            });
            buffer.Clear();
        });
    }

    private void WaitForWrite()
    {
        var writing = _writing;
        _writing = null;
        writing?.GetAwaiter().GetResult();
    }
}

using System.Collections.Concurrent;
using OmicsBridge.Lake.Delta;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Lake.Schema;
using OmicsBridge.Lake.Writing.Parquet;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// The columnar path of one table (<see cref="TableAppender.AppendBatch"/>): batches are copied, row group by row group,
/// into row-group-sized <see cref="CodedBatchBuffer"/>s, and a thread of the writer's own encodes each full buffer as
/// the next row group of the open data file (<see cref="EncryptedParquetWriter"/>) while the producer fills the next.
/// A file is closed once it holds the target rows, and the next row group starts a new one.
/// </summary>
/// <remarks>
/// A few buffers circulate between producer and writer, so a row group that takes the writer longer than usual does not
/// stall the producer. A batch that is exactly one row group, arriving when no rows wait, is not copied: a buffer takes
/// its arrays (<see cref="CodedBatchBuffer.Take"/>) and <see cref="Append"/> waits until that row group is written, so
/// a producer that fills one batch while another is written (genotypes) saves copying every value once. A write's
/// error surfaces at the producer's next hand-over or at <see cref="Flush"/>.
/// </remarks>
internal sealed class CodedBatchWriter : IDisposable
{
    private const int Buffers = 4;

    private readonly TableSchema _schema;
    private readonly int _targetRows;
    private readonly int _rowGroupRows;
    private readonly Func<(string Path, DataKey Key)> _beginFile;
    private readonly Action<string, DataKey, DeltaFileStats> _endFile;
    private readonly BlockingCollection<CodedBatchBuffer> _free = new(Buffers);
    private readonly BlockingCollection<Step> _steps = new(Buffers);
    private readonly EncryptedParquetWriter _parquet = new();
    private readonly Task _writer;
    private (string Path, DataKey Key) _file;
    private CodedBatchBuffer _filling;
    private volatile Exception? _failure;

    /// <param name="schema">The table's schema.</param>
    /// <param name="targetRows">Rows per data file (files end at the first row group boundary past it).</param>
    /// <param name="beginFile">Names a new data file and its data key.</param>
    /// <param name="endFile">Registers a written file with its statistics.</param>
    public CodedBatchWriter(TableSchema schema, int targetRows, Func<(string Path, DataKey Key)> beginFile, Action<string, DataKey, DeltaFileStats> endFile)
    {
        _schema = schema;
        _targetRows = targetRows;
        _rowGroupRows = RowGroupRowsFor(targetRows);
        _beginFile = beginFile;
        _endFile = endFile;
        for (var i = 0; i < Buffers - 1; i++)
        {
            _free.Add(new CodedBatchBuffer(schema));
        }

        _filling = new CodedBatchBuffer(schema);
        _writer = Task.Factory.StartNew(Write, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Rows per row group for files of <paramref name="targetRows"/> rows.</summary>
    public static int RowGroupRowsFor(int targetRows) => Math.Clamp(targetRows, 1, EncryptedParquetWriter.RowGroupRows);

    public void Append(ColumnBatch batch)
    {
        if (_filling.Count == 0 && batch.Count == _rowGroupRows)
        {
            WriteAsItStands(batch);
            return;
        }

        for (var start = 0; start < batch.Count;)
        {
            var rows = Math.Min(_rowGroupRows - _filling.Count, batch.Count - start);
            _filling.Append(batch, start, rows);
            start += rows;
            if (_filling.Count == _rowGroupRows)
            {
                Hand(new Step(_filling, null));
                _filling = Take();
            }
        }
    }

    /// <summary>Writes <paramref name="batch"/> as the next row group from its own arrays; returns once it is written.</summary>
    private void WriteAsItStands(ColumnBatch batch)
    {
        var written = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _filling.Take(batch);
        Hand(new Step(_filling, null, written));
        _filling = Take();
        written.Task.GetAwaiter().GetResult();
        ThrowIfFailed();
    }

    /// <summary>Writes what is buffered, closes the open file and waits until everything is written.</summary>
    public void Flush()
    {
        var flushed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var handed = _filling.Count > 0;
        Hand(new Step(handed ? _filling : null, flushed));
        flushed.Task.GetAwaiter().GetResult();
        if (handed)
        {
            // The writer has emptied that buffer and put it back among the free ones: fill another.
            _filling = Take();
        }

        ThrowIfFailed();
    }

    public void Dispose()
    {
        // A failed run still waits for the write in flight, so every file it created is known to the run's cleanup.
        _steps.CompleteAdding();
        try
        {
            _writer.Wait();
        }
        catch (AggregateException)
        {
            // The original failure is what the caller reports; this file is deleted with the rest.
        }

        _parquet.Dispose();
        _free.Dispose();
        _steps.Dispose();
    }

    private void Hand(Step step)
    {
        ThrowIfFailed();
        _steps.Add(step);
    }

    private CodedBatchBuffer Take()
    {
        ThrowIfFailed();
        // The writer returns every buffer, even after a failure, so this never waits forever.
        var buffer = _free.Take();
        ThrowIfFailed();
        return buffer;
    }

    private void ThrowIfFailed()
    {
        if (_failure is { } failure)
        {
            throw new InvalidOperationException($"Writing a data file of '{_schema.Name}' failed: {failure.Message}", failure);
        }
    }

    /// <summary>The writer's thread: one row group at a time, in the order handed over.</summary>
    private void Write()
    {
        foreach (var step in _steps.GetConsumingEnumerable())
        {
            try
            {
                if (_failure is null)
                {
                    WriteStep(step);
                }
            }
            catch (Exception e)
            {
                _failure = e;
            }
            finally
            {
                if (step.Rows is { } rows)
                {
                    rows.Clear();
                    _free.Add(rows);
                }

                step.Flushed?.SetResult();
                step.Written?.SetResult();
            }
        }
    }

    private void WriteStep(Step step)
    {
        if (step.Rows is { Count: > 0 } rows)
        {
            if (!_parquet.IsOpen)
            {
                _file = _beginFile();
                _parquet.Open(_file.Path, _file.Key, _schema);
            }

            _parquet.WriteRowGroup(rows);
        }

        if (_parquet.IsOpen && (step.Flushed is not null || _parquet.Rows >= _targetRows))
        {
            var fileRows = _parquet.Rows;
            var nulls = _parquet.Close();
            var nullCount = _schema.Columns.Select((c, i) => (c.Name, nulls[i])).ToDictionary(p => p.Name, p => p.Item2, StringComparer.Ordinal);
            _endFile(_file.Path, _file.Key, new DeltaFileStats(fileRows, new Dictionary<string, object?>(), new Dictionary<string, object?>(), nullCount));
        }
    }

    /// <summary>
    /// A row group to write (none for a flush of an empty buffer), whether the file ends after it, and, for rows taken
    /// from a batch, what tells the producer that the batch is free again.
    /// </summary>
    private sealed record Step(CodedBatchBuffer? Rows, TaskCompletionSource? Flushed, TaskCompletionSource? Written = null);
}

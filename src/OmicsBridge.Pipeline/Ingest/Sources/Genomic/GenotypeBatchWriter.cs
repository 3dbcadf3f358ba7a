using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Writing;

namespace OmicsBridge.Pipeline.Ingest.Sources.Genomic;

/// <summary>
/// Collects <c>genotype</c> rows column by column and hands each full batch to the table's columnar writer on a
/// background task while parsing goes on, so parse and write use both cores. A batch is one row group
/// (<see cref="TableAppender.RowGroupRows"/>), which the writer encodes from the batch's own arrays.
/// </summary>
/// <remarks>
/// The string columns are filled by code (<see cref="ColumnBatch.Codes"/>): the assay by sample index, the variant by a
/// number of the batch's own, GT and zygosity by numbers that hold for the whole file (<see cref="GtCode"/>,
/// <see cref="ZygosityCode"/>), which spares the writer a lookup per row for the tens of millions of rows a cohort VCF
/// has.
/// </remarks>
internal sealed class GenotypeBatchWriter : IDisposable
{
    private const int Assay = 0;
    private const int Key = 1;
    private const int Gt = 2;
    private const int Zygosity = 3;
    private const int Source = 10;
    // Full batches that may wait for the writer while the next fills, so a write the scheduler delays does not stall
    // parsing: on the 2,504-sample benchmark file the parser waited 0.14-0.20 s for the writer with one, 0.05-0.11 s
    // with two, under 0.01 s with four (about 9 MB each).
    private const int Handed = 4;

    private readonly TableAppender _table;
    private readonly string _sourceSha256;
    private readonly string[] _assays;
    private readonly List<string> _gtValues = [];
    private readonly List<string> _zygosityValues = [];
    // Batches written or waiting to be, oldest first, each with the task that writes it; the tasks run one after another.
    private readonly Queue<(ColumnBatch Batch, Task Written)> _handed = new();
    private readonly Stack<ColumnBatch> _free = new();
    private Task _lastWrite = Task.CompletedTask;
    private ColumnBatch _filling;
    private int[] _assay;
    private int[] _key;
    private int[] _gt;
    private int[] _zygosity;
    private int[] _source;
    private List<string> _keys;
    private List<string> _gts;
    private List<string> _zygosities;
    private string? _lastKey;
    private bool?[] _phased;
    private int?[] _dp;
    private int?[] _gq;
    private int?[] _adRef;
    private int?[] _adAlt;
    private double?[] _vaf;

    // assays: the assay id of each VCF sample, by sample index (null for a sample whose calls are not stored).
    public GenotypeBatchWriter(TableAppender table, string sourceSha256, IReadOnlyList<string?> assays)
    {
        _table = table;
        _sourceSha256 = sourceSha256;
        _assays = [.. assays.Select(a => a ?? "")];
        _filling = new ColumnBatch(GenotypeTable.Schema, table.RowGroupRows);
        for (var i = 0; i < Handed; i++)
        {
            _free.Push(new ColumnBatch(GenotypeTable.Schema, table.RowGroupRows));
        }

        Bind();
    }

    public long Rows { get; private set; }

    /// <summary>The code of a GT text for <see cref="Reserve"/>; the same for the whole file.</summary>
    public int GtCode(string gt) => CodeOf(_gtValues, _gts, gt);

    /// <summary>The code of a zygosity for <see cref="Reserve"/>; the same for the whole file.</summary>
    public int ZygosityCode(string zygosity) => CodeOf(_zygosityValues, _zygosities, zygosity);

    /// <summary>
    /// Room for the next rows, all of <paramref name="variantKey"/>: up to <paramref name="wanted"/> rows, fewer when the
    /// batch fills first. The caller fills the returned columns (assay by sample index, GT and zygosity by code; AD and
    /// VAF stay null unless set), then calls <see cref="Advance"/> with the rows it filled.
    /// </summary>
    public ReservedRows Reserve(string variantKey, int wanted)
    {
        var i = _filling.Count;
        var n = Math.Min(wanted, _filling.Capacity - i);
        if (!ReferenceEquals(variantKey, _lastKey))
        {
            _lastKey = variantKey;
            _keys.Add(variantKey);
        }

        // The key and source columns are the same for every reserved row: filled here, not by the caller.
        _key.AsSpan(i, n).Fill(_keys.Count - 1);
        _source.AsSpan(i, n).Clear();
        return new ReservedRows(_assay.AsSpan(i, n), _gt.AsSpan(i, n), _zygosity.AsSpan(i, n), _phased.AsSpan(i, n), _dp.AsSpan(i, n),
            _gq.AsSpan(i, n), _adRef.AsSpan(i, n), _adAlt.AsSpan(i, n), _vaf.AsSpan(i, n));
    }

    /// <summary>Takes the first <paramref name="rows"/> rows of the last <see cref="Reserve"/>; a full batch goes to the writer.</summary>
    public void Advance(int rows)
    {
        _filling.Count += rows;
        Rows += rows;
        if (_filling.IsFull)
        {
            Hand();
        }
    }

    /// <summary>Writes what is left and waits for the background writes; their errors surface here.</summary>
    public void Complete()
    {
        Hand();
        Wait();
    }

    public void Dispose()
    {
        // A failed ingest still waits for the writes in flight, so every file they created is known to the transaction's cleanup.
        try
        {
            Wait();
        }
        catch (Exception)
        {
            // The original failure is what the caller reports; this write's files are deleted with the rest.
        }
    }

    /// <summary>A value's code in the file's list, added to it (and to the filling batch's dictionary) when new.</summary>
    private static int CodeOf(List<string> values, List<string> batchDictionary, string value)
    {
        var code = values.IndexOf(value);
        if (code < 0)
        {
            values.Add(value);
            batchDictionary.Add(value);
            code = values.Count - 1;
        }

        return code;
    }

    /// <summary>Queues the filling batch's write after the writes before it and goes on with a free batch.</summary>
    private void Hand()
    {
        if (_filling.Count == 0)
        {
            return;
        }

        var full = _filling;
        _lastWrite = _lastWrite.ContinueWith(
            before =>
            {
                // A failed write fails every later one with its error, and nothing more is written.
                before.GetAwaiter().GetResult();
                _table.AppendBatch(full);
                full.Clear();
            },
            CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        _handed.Enqueue((full, _lastWrite));
        _filling = _free.Count > 0 ? _free.Pop() : Reclaim();
        Bind();
    }

    /// <summary>The oldest handed batch, once written; an error of that write surfaces here.</summary>
    private ColumnBatch Reclaim()
    {
        var (batch, written) = _handed.Dequeue();
        written.GetAwaiter().GetResult();
        return batch;
    }

    private void Wait() => _lastWrite.GetAwaiter().GetResult();

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_assay), nameof(_key), nameof(_gt), nameof(_zygosity), nameof(_source), nameof(_keys),
        nameof(_gts), nameof(_zygosities), nameof(_phased), nameof(_dp), nameof(_gq), nameof(_adRef), nameof(_adAlt), nameof(_vaf))]
    private void Bind()
    {
        _assay = _filling.Codes(Assay);
        _key = _filling.Codes(Key);
        _gt = _filling.Codes(Gt);
        _zygosity = _filling.Codes(Zygosity);
        _source = _filling.Codes(Source);
        // A batch's dictionaries are emptied with its rows: refill those that hold for the file, start the variants afresh.
        var assays = _filling.Dictionary(Assay);
        if (assays.Count == 0)
        {
            assays.AddRange(_assays);
        }

        var source = _filling.Dictionary(Source);
        if (source.Count == 0)
        {
            source.Add(_sourceSha256);
        }

        _keys = _filling.Dictionary(Key);
        _gts = _filling.Dictionary(Gt);
        _zygosities = _filling.Dictionary(Zygosity);
        if (_gts.Count == 0)
        {
            _gts.AddRange(_gtValues);
            _zygosities.AddRange(_zygosityValues);
        }
        _lastKey = null;
        _phased = _filling.Booleans(4);
        _dp = _filling.Int32s(5);
        _gq = _filling.Int32s(6);
        _adRef = _filling.Int32s(7);
        _adAlt = _filling.Int32s(8);
        _vaf = _filling.Doubles(9);
    }

    /// <summary>The columns of reserved rows, index 0 being the first reserved row.</summary>
    public readonly ref struct ReservedRows(Span<int> assay, Span<int> gt, Span<int> zygosity, Span<bool?> phased, Span<int?> dp,
        Span<int?> gq, Span<int?> adRef, Span<int?> adAlt, Span<double?> vaf)
    {
        public int Length => Assay.Length;

        public Span<int> Assay { get; } = assay;

        public Span<int> Gt { get; } = gt;

        public Span<int> Zygosity { get; } = zygosity;

        public Span<bool?> Phased { get; } = phased;

        public Span<int?> Dp { get; } = dp;

        public Span<int?> Gq { get; } = gq;

        public Span<int?> AdRef { get; } = adRef;

        public Span<int?> AdAlt { get; } = adAlt;

        public Span<double?> Vaf { get; } = vaf;
    }
}

using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Writing;

namespace OmicsBridge.Pipeline.Ingest.Sources.Genomic;

/// <summary>
/// Collects <c>genotype</c> rows column by column and writes each full batch as a Parquet file on a background task
/// while parsing goes on (two batches alternate), so parse and write use both cores.
/// </summary>
internal sealed class GenotypeBatchWriter : IDisposable
{
    private readonly TableAppender _table;
    private readonly string _sourceSha256;
    private ColumnBatch _filling;
    private ColumnBatch _spare;
    private Task? _writing;
    private string?[] _assay;
    private string?[] _key;
    private string?[] _gt;
    private string?[] _zygosity;
    private bool?[] _phased;
    private int?[] _dp;
    private int?[] _gq;
    private int?[] _adRef;
    private int?[] _adAlt;
    private double?[] _vaf;
    private string?[] _source;

    public GenotypeBatchWriter(TableAppender table, string sourceSha256, int batchRows)
    {
        _table = table;
        _sourceSha256 = sourceSha256;
        _filling = new ColumnBatch(GenotypeTable.Schema, batchRows);
        _spare = new ColumnBatch(GenotypeTable.Schema, batchRows);
        Bind();
    }

    public long Rows { get; private set; }

    public void Add(string assayId, string variantKey, string gt, string zygosity, bool phased, int? dp, int? gq, int? adRef, int? adAlt, double? vaf)
    {
        var i = _filling.Count;
        _assay[i] = assayId;
        _key[i] = variantKey;
        _gt[i] = gt;
        _zygosity[i] = zygosity;
        _phased[i] = phased;
        _dp[i] = dp;
        _gq[i] = gq;
        _adRef[i] = adRef;
        _adAlt[i] = adAlt;
        _vaf[i] = vaf;
        _source[i] = _sourceSha256;
        _filling.Count = i + 1;
        Rows++;
        if (_filling.IsFull)
        {
            Hand();
        }
    }

    /// <summary>Writes what is left and waits for the background write; errors of that write surface here.</summary>
    public void Complete()
    {
        Hand();
        Wait();
    }

    public void Dispose()
    {
        // A failed ingest still waits for a write in flight, so every file it created is known to the transaction's cleanup.
        try
        {
            Wait();
        }
        catch (Exception)
        {
            // The original failure is what the caller reports; this write's files are deleted with the rest.
        }
    }

    private void Hand()
    {
        Wait();
        if (_filling.Count == 0)
        {
            return;
        }

        var full = _filling;
        _filling = _spare;
        _spare = full;
        Bind();
        _writing = Task.Run(() =>
        {
            _table.AppendBatch(full);
            full.Clear();
        });
    }

    private void Wait()
    {
        var writing = _writing;
        _writing = null;
        writing?.GetAwaiter().GetResult();
    }

    [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_assay), nameof(_key), nameof(_gt), nameof(_zygosity), nameof(_phased), nameof(_dp),
        nameof(_gq), nameof(_adRef), nameof(_adAlt), nameof(_vaf), nameof(_source))]
    private void Bind()
    {
        _assay = _filling.Strings(0);
        _key = _filling.Strings(1);
        _gt = _filling.Strings(2);
        _zygosity = _filling.Strings(3);
        _phased = _filling.Booleans(4);
        _dp = _filling.Int32s(5);
        _gq = _filling.Int32s(6);
        _adRef = _filling.Int32s(7);
        _adAlt = _filling.Int32s(8);
        _vaf = _filling.Doubles(9);
        _source = _filling.Strings(10);
    }
}

using System.Runtime.CompilerServices;
using OmicsBridge.Lake.Schema;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// The buffer behind <see cref="TableAppender.AppendBatch"/>: the rows of one future row group, held column by column,
/// every string column as integer codes into a dictionary of its own (-1 for null), which
/// <see cref="Parquet.EncryptedParquetWriter"/> writes as Parquet dictionary pages and indices.
/// </summary>
/// <remarks>
/// Columnar producers (genotypes) repeat a few string instances millions of times (a sample's assay id, a variant key
/// across its carriers, "0/1"). A repeated instance costs one lookup by reference here, and the writer never sees the
/// text per row. Only values a row uses enter a dictionary, each once, so the codes are the row group's Parquet
/// dictionary indices as they stand and its min/max are exact. Copied rows are numbered in order of first use; a batch
/// taken whole (<see cref="Take"/>) keeps its arrays, and its codes where they already meet that rule.
/// </remarks>
internal sealed class CodedBatchBuffer(TableSchema schema)
{
    private readonly Dictionary<string, int>?[] _codes = [.. schema.Columns.Select(c => IsString(c) ? new Dictionary<string, int>(StringComparer.Ordinal) : null)];
    private readonly InstanceCache?[] _instances = [.. schema.Columns.Select(c => IsString(c) ? new InstanceCache() : null)];
    private readonly List<string>?[] _values = [.. schema.Columns.Select(c => IsString(c) ? new List<string>() : null)];
    private readonly Array?[] _rows = new Array?[schema.Columns.Count];
    // Columns read from a taken batch's arrays until Clear; null where the rows are in _rows.
    private readonly Array?[] _taken = new Array?[schema.Columns.Count];
    private readonly HashSet<string> _distinct = new(StringComparer.Ordinal);
    private bool[] _used = [];

    /// <summary>Rows held for the next row group.</summary>
    public int Count { get; private set; }

    /// <summary>
    /// Column <paramref name="column"/>'s values, rows 0..<see cref="Count"/>-1: an <c>int[]</c> of codes (-1 for null)
    /// for a string column, an array of the nullable type for the others.
    /// </summary>
    public Array Column(int column) => _taken[column] ?? _rows[column] ?? Allocate(schema.Columns[column].Type, 0);

    /// <summary>A string column's distinct values by code; null for other columns.</summary>
    public IReadOnlyList<string>? Dictionary(int column) => _values[column];

    /// <summary>Appends rows <paramref name="start"/>..<paramref name="start"/>+<paramref name="count"/>-1 of <paramref name="batch"/>.</summary>
    public void Append(ColumnBatch batch, int start, int count)
    {
        if (_taken.Any(t => t is not null))
        {
            throw new InvalidOperationException("A taken batch is a row group of its own: nothing is appended to it.");
        }

        Reserve(Count + count);
        for (var c = 0; c < _rows.Length; c++)
        {
            if (batch.Coded(c) is var (codes, dictionary))
            {
                Recode(c, codes.AsSpan(start, count), dictionary, (int[])_rows[c]!);
            }
            else if (batch.RawColumn(c) is string?[] strings)
            {
                Encode(c, strings.AsSpan(start, count), (int[])_rows[c]!);
            }
            else
            {
                Array.Copy(batch.RawColumn(c), start, _rows[c]!, Count, count);
            }
        }

        Count += count;
    }

    /// <summary>
    /// Holds every row of <paramref name="batch"/> without copying: columns other than strings, and string codes that
    /// already use every value of their dictionary once, are read from the batch's own arrays; other string columns
    /// are coded here. The batch must stay as it is until its row group is written and this buffer cleared.
    /// </summary>
    public void Take(ColumnBatch batch)
    {
        if (Count != 0)
        {
            throw new InvalidOperationException("A batch is taken into an empty buffer only.");
        }

        for (var c = 0; c < _rows.Length; c++)
        {
            if (batch.Coded(c) is var (codes, dictionary))
            {
                var rows = codes.AsSpan(0, batch.Count);
                if (UsesEveryValueOnce(rows, dictionary))
                {
                    _taken[c] = codes;
                    _values[c]!.AddRange(dictionary);
                }
                else
                {
                    Recode(c, rows, dictionary, OwnCodes(c, batch.Count));
                }
            }
            else if (batch.RawColumn(c) is string?[] strings)
            {
                Encode(c, strings.AsSpan(0, batch.Count), OwnCodes(c, batch.Count));
            }
            else
            {
                _taken[c] = batch.RawColumn(c);
            }
        }

        Count = batch.Count;
    }

    /// <summary>Forgets the rows and the dictionaries (after their row group was written); the arrays are kept for reuse.</summary>
    public void Clear()
    {
        for (var c = 0; c < _rows.Length; c++)
        {
            _codes[c]?.Clear();
            _instances[c]?.Clear();
            _values[c]?.Clear();
            _taken[c] = null;
        }

        Count = 0;
    }

    private static bool IsString(ColumnSchema column) => column.Type == ColumnType.String;

    private void Reserve(int rows)
    {
        for (var c = 0; c < _rows.Length; c++)
        {
            if (_rows[c] is { } existing && existing.Length >= rows)
            {
                continue;
            }

            var grown = Allocate(schema.Columns[c].Type, Math.Max(rows, (_rows[c]?.Length ?? 0) * 2));
            if (_rows[c] is { } old)
            {
                Array.Copy(old, grown, Count);
            }

            _rows[c] = grown;
        }
    }

    /// <summary>A string column's own array of codes with room for <paramref name="rows"/> rows, its rows not kept.</summary>
    private int[] OwnCodes(int column, int rows)
    {
        if (_rows[column] is not int[] codes || codes.Length < rows)
        {
            _rows[column] = codes = new int[rows];
        }

        return codes;
    }

    private static Array Allocate(ColumnType type, int capacity) => type switch
    {
        ColumnType.String => new int[capacity],
        ColumnType.Int32 => new int?[capacity],
        ColumnType.Int64 => new long?[capacity],
        ColumnType.Double => new double?[capacity],
        ColumnType.Boolean => new bool?[capacity],
        _ => throw new NotSupportedException($"Column type {type} has no columnar fast path; use the row appender."),
    };

    private void Encode(int column, ReadOnlySpan<string?> strings, int[] target)
    {
        // Producers repeat an instance over consecutive rows (a variant's carriers, one source file), so the previous
        // row's instance is checked before the cache.
        string? last = null;
        var lastCode = 0;
        for (var r = 0; r < strings.Length; r++)
        {
            var text = strings[r];
            if (text is null)
            {
                target[Count + r] = -1;
                continue;
            }

            if (!ReferenceEquals(text, last))
            {
                last = text;
                lastCode = Code(column, text);
            }

            target[Count + r] = lastCode;
        }
    }

    /// <summary>True when the rows use every value of <paramref name="dictionary"/>, and no value is in it twice.</summary>
    private bool UsesEveryValueOnce(ReadOnlySpan<int> codes, List<string> dictionary)
    {
        if (dictionary.Count > codes.Length)
        {
            return false;
        }

        if (_used.Length < dictionary.Count)
        {
            _used = new bool[Math.Max(dictionary.Count, _used.Length * 2)];
        }

        var used = _used.AsSpan(0, dictionary.Count);
        used.Clear();
        var distinct = 0;
        foreach (var code in codes)
        {
            if (code >= 0 && !used[code])
            {
                used[code] = true;
                distinct++;
            }
        }

        if (distinct != dictionary.Count)
        {
            return false;
        }

        _distinct.Clear();
        foreach (var value in dictionary)
        {
            if (!_distinct.Add(value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Maps a batch's own codes to this row group's, one lookup per distinct value of the batch.</summary>
    // Optimized at its first call, not run as precompiled code until tiering catches up (see VcfGenotypes.DecodeSamples).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Recode(int column, ReadOnlySpan<int> codes, List<string> dictionary, int[] target)
    {
        var map = new int[dictionary.Count];
        Array.Fill(map, -1);
        for (var r = 0; r < codes.Length; r++)
        {
            var code = codes[r];
            if (code < 0)
            {
                target[Count + r] = -1;
                continue;
            }

            var mapped = map[code];
            if (mapped < 0)
            {
                mapped = map[code] = Code(column, dictionary[code]);
            }

            target[Count + r] = mapped;
        }
    }

    /// <summary>The value's code: looked up by instance first (no hashing of the text), then by text.</summary>
    private int Code(int column, string value)
    {
        var instances = _instances[column]!;
        if (instances.TryGet(value, out var code))
        {
            return code;
        }

        var codes = _codes[column]!;
        if (!codes.TryGetValue(value, out code))
        {
            code = codes.Count;
            codes[value] = code;
            _values[column]!.Add(value);
        }

        instances.Set(value, code);
        return code;
    }

    /// <summary>
    /// A direct-mapped cache from string instance to code: one slot per identity hash, so a lookup is a header read and
    /// one reference comparison. A collision only costs a lookup by text.
    /// </summary>
    private sealed class InstanceCache
    {
        private const int Slots = 4096;
        private readonly string?[] _keys = new string?[Slots];
        private readonly int[] _codes = new int[Slots];

        public bool TryGet(string value, out int code)
        {
            var slot = Slot(value);
            code = _codes[slot];
            return ReferenceEquals(_keys[slot], value);
        }

        public void Set(string value, int code)
        {
            var slot = Slot(value);
            _keys[slot] = value;
            _codes[slot] = code;
        }

        public void Clear() => Array.Clear(_keys);

        private static int Slot(string value) => RuntimeHelpers.GetHashCode(value) & (Slots - 1);
    }
}

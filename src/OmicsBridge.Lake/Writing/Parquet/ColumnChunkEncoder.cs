using System.Buffers;
using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;

namespace OmicsBridge.Lake.Writing.Parquet;

/// <summary>
/// Encodes one column's rows of one row group into a dictionary page (when the column has one) and a data page,
/// uncompressed, with the chunk's statistics.
/// </summary>
/// <remarks>
/// String columns arrive as codes into the row group's own dictionary (<see cref="CodedBatchBuffer"/>), which holds
/// the values its rows use, each once, so a row group's min/max are exact. Integer columns whose
/// values span fewer than 65,536 are dictionary-encoded through a table indexed by value (no hashing); others, and
/// doubles and booleans, are written PLAIN. The scratch arrays are reused from chunk to chunk.
/// </remarks>
internal sealed class ColumnChunkEncoder
{
    private const int MaxIntegerDictionarySpan = 1 << 16;

    private int[] _levels = [];
    private int[] _indices = [];
    private int[] _ints = [];
    private long[] _longs = [];
    private double[] _doubles = [];
    private bool[] _booleans = [];
    private int[] _localIndex = [];
    private int[] _seenIn = [];
    private int _generation;

    public ArrayBufferWriter<byte> DictionaryPage { get; } = new();

    public ArrayBufferWriter<byte> DataPage { get; } = new();

    /// <summary>Entries of the chunk's dictionary page; 0 when the values are written PLAIN.</summary>
    public int DictionaryCount { get; private set; }

    public long NullCount { get; private set; }

    /// <summary>The smallest and largest non-null value, PLAIN-encoded (UTF-8 for strings); null when there is none.</summary>
    public byte[]? Min { get; private set; }

    public byte[]? Max { get; private set; }

    /// <param name="values">The column as <see cref="CodedBatchBuffer"/> holds it.</param>
    /// <param name="dictionary">A string column's values by code, as UTF-8; null for other columns.</param>
    /// <param name="nullable">Whether the column is OPTIONAL (has definition levels).</param>
    /// <param name="count">Rows in the chunk, from the first.</param>
    public void Encode(Array values, Utf8Dictionary? dictionary, bool nullable, int count)
    {
        DictionaryPage.ResetWrittenCount();
        DataPage.ResetWrittenCount();
        DictionaryCount = 0;
        Min = Max = null;
        Grow(ref _levels, count);
        switch (values)
        {
            case int[] codes when dictionary is not null:
                EncodeStrings(codes.AsSpan(0, count), dictionary, nullable);
                break;
            case int?[] ints:
                EncodeIntegers<int>(Gather(ints, ref _ints, nullable, count));
                break;
            case long?[] longs:
                EncodeIntegers<long>(Gather(longs, ref _longs, nullable, count));
                break;
            case double?[] doubles:
                EncodeDoubles(Gather(doubles, ref _doubles, nullable, count));
                break;
            case bool?[] booleans:
                EncodeBooleans(Gather(booleans, ref _booleans, nullable, count));
                break;
            default:
                throw new NotSupportedException($"No Parquet encoding for a column held as {values.GetType().Name}.");
        }
    }

    /// <summary>
    /// A row group's string codes are already its dictionary indices: <see cref="CodedBatchBuffer"/> numbers the values
    /// of one row group from 0, each value used and once, so the dictionary page is its dictionary as it stands, and the
    /// codes of a column without nulls are its indices as they stand.
    /// </summary>
    private void EncodeStrings(ReadOnlySpan<int> codes, Utf8Dictionary dictionary, bool nullable)
    {
        var indices = codes;
        NullCount = 0;
        if (nullable || codes.ContainsAnyInRange(int.MinValue, -1))
        {
            indices = GatherCodes(codes);
        }

        WriteLevels(nullable, codes.Length);
        if (dictionary.Count == 0)
        {
            return;
        }

        var min = dictionary[0];
        var max = min;
        for (var i = 0; i < dictionary.Count; i++)
        {
            var value = dictionary[i];
            BinaryPrimitives.WriteInt32LittleEndian(DictionaryPage.GetSpan(4), value.Length);
            DictionaryPage.Advance(4);
            DictionaryPage.Write(value);
            min = value.AsSpan().SequenceCompareTo(min) < 0 ? value : min;
            max = value.AsSpan().SequenceCompareTo(max) > 0 ? value : max;
        }

        DictionaryCount = dictionary.Count;
        Min = min;
        Max = max;
        WriteIndices(indices, dictionary.Count);
    }

    /// <summary>Integers, dictionary-encoded when their span is small.</summary>
    private void EncodeIntegers<T>(ReadOnlySpan<T> values)
        where T : struct, IBinaryInteger<T>, IMinMaxValue<T>
    {
        if (values.IsEmpty)
        {
            return;
        }

        var width = T.AllBitsSet.GetByteCount();
        var min = T.MaxValue;
        var max = T.MinValue;
        foreach (var value in values)
        {
            min = T.Min(min, value);
            max = T.Max(max, value);
        }

        var low = long.CreateTruncating(min);
        Min = Plain(low, width);
        Max = Plain(long.CreateTruncating(max), width);
        if ((ulong)(long.CreateTruncating(max) - low) >= MaxIntegerDictionarySpan)
        {
            foreach (var value in values)
            {
                WritePlain(DataPage, long.CreateTruncating(value), width);
            }

            return;
        }

        Grow(ref _indices, values.Length);
        Grow(ref _localIndex, MaxIntegerDictionarySpan);
        Grow(ref _seenIn, MaxIntegerDictionarySpan);
        var generation = NextGeneration(_seenIn);
        var used = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var number = long.CreateTruncating(values[i]);
            var slot = (int)(number - low);
            if (_seenIn[slot] != generation)
            {
                _seenIn[slot] = generation;
                _localIndex[slot] = used++;
                WritePlain(DictionaryPage, number, width);
            }

            _indices[i] = _localIndex[slot];
        }

        DictionaryCount = used;
        WriteIndices(_indices.AsSpan(0, values.Length), used);
    }

    private void EncodeDoubles(ReadOnlySpan<double> values)
    {
        var min = double.PositiveInfinity;
        var max = double.NegativeInfinity;
        var nan = false;
        foreach (var value in values)
        {
            BinaryPrimitives.WriteDoubleLittleEndian(DataPage.GetSpan(8), value);
            DataPage.Advance(8);
            nan |= double.IsNaN(value);
            min = value < min ? value : min;
            max = value > max ? value : max;
        }

        // A chunk with NaN gets no bounds: DuckDB orders NaN above every number, so a max without it would let a
        // filter such as "x > 1" skip rows it should return. A zero bound is written -0.0 (min) and +0.0 (max), as
        // the format asks, because the two zeros compare equal.
        if (!values.IsEmpty && !nan)
        {
            Min = Plain(BitConverter.DoubleToInt64Bits(min == 0 ? -0.0 : min), 8);
            Max = Plain(BitConverter.DoubleToInt64Bits(max == 0 ? 0.0 : max), 8);
        }
    }

    private void EncodeBooleans(ReadOnlySpan<bool> values)
    {
        var bytes = (values.Length + 7) / 8;
        var span = DataPage.GetSpan(Math.Max(1, bytes))[..bytes];
        span.Clear();
        var anyFalse = false;
        var anyTrue = false;
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i])
            {
                anyTrue = true;
                span[i >> 3] |= (byte)(1 << (i & 7));
            }
            else
            {
                anyFalse = true;
            }
        }

        DataPage.Advance(bytes);
        if (!values.IsEmpty)
        {
            Min = [anyFalse ? (byte)0 : (byte)1];
            Max = [anyTrue ? (byte)1 : (byte)0];
        }
    }

    /// <summary>Sets the definition levels and returns the non-null values, copied to <paramref name="present"/>.</summary>
    private ReadOnlySpan<T> Gather<T>(T?[] source, ref T[] present, bool nullable, int count)
        where T : struct
    {
        Grow(ref present, count);
        var levels = _levels;
        var n = 0;
        // Without a branch per value: a column mixing nulls and values would mispredict on every change.
        for (var r = 0; r < count; r++)
        {
            ref readonly var item = ref source[r];
            var level = item.HasValue ? 1 : 0;
            levels[r] = level;
            present[n] = item.GetValueOrDefault();
            n += level;
        }

        NullCount = count - n;
        WriteLevels(nullable, count);
        return present.AsSpan(0, n);
    }

    /// <summary>Sets the definition levels of string codes (-1 for null) and returns the non-null ones.</summary>
    private ReadOnlySpan<int> GatherCodes(ReadOnlySpan<int> codes)
    {
        Grow(ref _indices, codes.Length);
        var levels = _levels;
        var n = 0;
        for (var r = 0; r < codes.Length; r++)
        {
            var code = codes[r];
            var level = code >= 0 ? 1 : 0;
            levels[r] = level;
            _indices[n] = code;
            n += level;
        }

        NullCount = codes.Length - n;
        return _indices.AsSpan(0, n);
    }

    /// <summary>Definition levels of an OPTIONAL column: a 4-byte length, then the hybrid encoding at one bit.</summary>
    private void WriteLevels(bool nullable, int count)
    {
        if (!nullable)
        {
            if (NullCount > 0)
            {
                throw new InvalidOperationException("A required column holds nulls.");
            }

            return;
        }

        var lengthAt = DataPage.WrittenCount;
        DataPage.GetSpan(4);
        DataPage.Advance(4);
        RleBitPackedHybrid.Encode(_levels.AsSpan(0, count), 1, DataPage);
        var length = DataPage.WrittenCount - lengthAt - 4;
        BinaryPrimitives.WriteInt32LittleEndian(MemoryMarshal.AsMemory(DataPage.WrittenMemory).Span[lengthAt..], length);
    }

    /// <summary>Dictionary indices: one byte of bit width, then the hybrid encoding.</summary>
    private void WriteIndices(ReadOnlySpan<int> indices, int dictionaryCount)
    {
        var bitWidth = RleBitPackedHybrid.BitWidth(dictionaryCount);
        DataPage.GetSpan(1)[0] = (byte)bitWidth;
        DataPage.Advance(1);
        RleBitPackedHybrid.Encode(indices, bitWidth, DataPage);
    }

    private static void WritePlain(ArrayBufferWriter<byte> buffer, long value, int width)
    {
        var span = buffer.GetSpan(8);
        BinaryPrimitives.WriteInt64LittleEndian(span, value);
        buffer.Advance(width);
    }

    private static byte[] Plain(long value, int width)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        return bytes[..width];
    }

    private int NextGeneration(int[] stamps)
    {
        if (++_generation == int.MaxValue)
        {
            Array.Clear(stamps);
            _generation = 1;
        }

        return _generation;
    }

    private static void Grow<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[Math.Max(length, array.Length * 2)];
        }
    }
}

using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OmicsBridge.Formats.Vcf;

/// <summary>
/// Where each sample column of a data line ends and whether it is a diploid hom-ref call, found in one vectorised pass
/// that also counts the columns for the column check.
/// </summary>
/// <remarks>
/// A hom-ref call (<c>0/0</c> or <c>0|0</c>, alone or before <c>:</c>, with no more sub-fields than FORMAT) is
/// recognised from vector masks of the four bytes after each tab, its sub-fields counted from the mask of <c>:</c>, so
/// the decoder marks all of them at once and visits only the other calls; most calls of a cohort VCF are such calls.
/// </remarks>
internal sealed class SampleBoundaries(int samples)
{
    /// <summary><see cref="HomRefShapes"/> of a sample that is not a diploid hom-ref call.</summary>
    public const byte NotHomRef = 0;

    /// <summary><see cref="HomRefShapes"/> of <c>0/0</c>.</summary>
    public const byte HomRefUnphased = 1;

    /// <summary><see cref="HomRefShapes"/> of <c>0|0</c>.</summary>
    public const byte HomRefPhased = 2;

    private readonly int[] _ends = new int[samples];
    private readonly byte[] _shapes = new byte[samples];
    private int _first;

    /// <summary>
    /// Scans the sample columns <paramref name="buffer"/>[<paramref name="start"/>..<paramref name="end"/>); returns how
    /// many columns they are. The ends are kept when that equals the header's sample count. A call with more than
    /// <paramref name="maxColons"/> separators (FORMAT's) is never taken for a hom-ref call.
    /// </summary>
    public int Find(byte[] buffer, int start, int end, int maxColons)
    {
        _first = start;
        var tabs = 0;
        // The ':' seen in the column being scanned, and its shape, known from its first bytes; its sub-field count is
        // checked at its end.
        var colons = 0;
        var shape = ShapeAt(buffer, start, end);
        var i = start;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var origin = ref MemoryMarshal.GetArrayDataReference(buffer);
            ref var ends = ref MemoryMarshal.GetArrayDataReference(_ends);
            ref var shapes = ref MemoryMarshal.GetArrayDataReference(_shapes);
            var slots = (uint)_ends.Length;
            var tab = Vector256.Create((byte)'\t');
            var colon = Vector256.Create((byte)':');
            var zero = Vector256.Create((byte)'0');
            var slash = Vector256.Create((byte)'/');
            var pipe = Vector256.Create((byte)'|');
            // The four bytes after each byte are read too, all inside the line.
            for (; i + Vector256<byte>.Count + 4 <= end; i += Vector256<byte>.Count)
            {
                var block = Vector256.LoadUnsafe(ref origin, (nuint)i);
                var tabMask = Vector256.Equals(block, tab).ExtractMostSignificantBits();
                var colonMask = Vector256.Equals(block, colon).ExtractMostSignificantBits();
                if (tabMask != 0)
                {
                    // Bit k: a "0/0" or "0|0" call, then ':' or a tab, starts at i + k + 1, just after the byte at i + k.
                    var second = Vector256.LoadUnsafe(ref origin, (nuint)i + 2);
                    var pipes = Vector256.Equals(second, pipe);
                    var fourth = Vector256.LoadUnsafe(ref origin, (nuint)i + 4);
                    var homRef = Vector256.Equals(Vector256.LoadUnsafe(ref origin, (nuint)i + 1), zero)
                        & (Vector256.Equals(second, slash) | pipes)
                        & Vector256.Equals(Vector256.LoadUnsafe(ref origin, (nuint)i + 3), zero)
                        & (Vector256.Equals(fourth, colon) | Vector256.Equals(fourth, tab));
                    // Bit k of the low half: an unphased hom-ref call starts after the byte at i + k; of the high half,
                    // a phased one.
                    var homRefMask = homRef.ExtractMostSignificantBits();
                    var pipeMask = pipes.ExtractMostSignificantBits();
                    var shapeBits = (homRefMask & ~pipeMask) | ((ulong)(homRefMask & pipeMask) << 32);
                    do
                    {
                        var bit = BitOperations.TrailingZeroCount(tabMask);
                        // The column's ':' are those carried from earlier blocks and those of this block before its tab,
                        // which are then dropped from the mask, so the next column counts from here.
                        var before = (1u << bit) - 1;
                        colons += BitOperations.PopCount(colonMask & before);
                        colonMask &= ~before;
                        // Both arrays have one slot per sample, so one check covers both stores (the hottest loop of a
                        // VCF ingest: an indexed store costs a bounds check and a field load).
                        if ((uint)tabs < slots)
                        {
                            Unsafe.Add(ref ends, tabs) = i + bit;
                            Unsafe.Add(ref shapes, tabs) = colons <= maxColons ? shape : NotHomRef;
                        }

                        tabs++;
                        colons = 0;
                        shape = (byte)(((shapeBits >> bit) & 1) | ((shapeBits >> (bit + 31)) & 2));
                        tabMask &= tabMask - 1;
                    }
                    while (tabMask != 0);
                }

                colons += BitOperations.PopCount(colonMask);
            }
        }

        for (; i < end; i++)
        {
            var c = buffer[i];
            if (c == (byte)'\t')
            {
                Record(tabs++, i, colons <= maxColons ? shape : NotHomRef);
                colons = 0;
                shape = ShapeAt(buffer, i + 1, end);
            }
            else if (c == (byte)':')
            {
                colons++;
            }
        }

        Record(tabs, end, colons <= maxColons ? shape : NotHomRef);
        return tabs + 1;
    }

    /// <summary>Per sample: <see cref="HomRefUnphased"/>, <see cref="HomRefPhased"/> or <see cref="NotHomRef"/>.</summary>
    public ReadOnlySpan<byte> HomRefShapes => _shapes;

    /// <summary>The first byte of <paramref name="sample"/>'s column.</summary>
    public int Start(int sample) => sample == 0 ? _first : _ends[sample - 1] + 1;

    /// <summary>The end (exclusive: the tab or the line's end) of <paramref name="sample"/>'s column.</summary>
    public int End(int sample) => _ends[sample];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Record(int column, int end, byte shape)
    {
        // A line with more columns than samples is rejected by the column check; its extra ends are not kept.
        if ((uint)column < (uint)_ends.Length)
        {
            _ends[column] = end;
            _shapes[column] = shape;
        }
    }

    /// <summary>The shape of the column at <paramref name="start"/>: "0/0" or "0|0", then ':', a tab or the line's end.</summary>
    private static byte ShapeAt(byte[] buffer, int start, int lineEnd)
    {
        if (lineEnd - start < 3 || buffer[start] != (byte)'0' || buffer[start + 2] != (byte)'0'
            || (start + 3 < lineEnd && buffer[start + 3] != (byte)':' && buffer[start + 3] != (byte)'\t'))
        {
            return NotHomRef;
        }

        return buffer[start + 1] switch
        {
            (byte)'/' => HomRefUnphased,
            (byte)'|' => HomRefPhased,
            _ => NotHomRef,
        };
    }
}

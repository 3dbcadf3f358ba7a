using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace OmicsBridge.Formats.Vcf;

/// <summary>
/// Where each sample column of a data line ends and how many sub-field separators (<c>:</c>) it holds, found in one
/// vectorised pass that also counts the columns for the column check.
/// </summary>
/// <remarks>
/// With the ends and counts known, the decoder recognises a hom-ref call (<c>0/0</c>, <c>0|0:…</c>) from its first
/// bytes and checks its sub-field count by a subtraction, without walking its bytes; most calls of a cohort VCF are such
/// calls.
/// </remarks>
internal sealed class SampleBoundaries(int samples)
{
    private readonly int[] _ends = new int[samples];
    private readonly int[] _colons = new int[samples];
    private int _first;

    /// <summary>
    /// Scans the sample columns <paramref name="buffer"/>[<paramref name="start"/>..<paramref name="end"/>); returns how
    /// many columns they are. The ends are kept when that equals the header's sample count.
    /// </summary>
    public int Find(byte[] buffer, int start, int end)
    {
        _first = start;
        var tabs = 0;
        var colons = 0;
        var i = start;
        if (Vector256.IsHardwareAccelerated)
        {
            ref var origin = ref MemoryMarshal.GetArrayDataReference(buffer);
            var tab = Vector256.Create((byte)'\t');
            var colon = Vector256.Create((byte)':');
            for (; i + Vector256<byte>.Count <= end; i += Vector256<byte>.Count)
            {
                var block = Vector256.LoadUnsafe(ref origin, (nuint)i);
                var tabMask = Vector256.Equals(block, tab).ExtractMostSignificantBits();
                var colonMask = Vector256.Equals(block, colon).ExtractMostSignificantBits();
                while (tabMask != 0)
                {
                    var bit = BitOperations.TrailingZeroCount(tabMask);
                    Record(tabs++, i + bit, colons + BitOperations.PopCount(colonMask & ((1u << bit) - 1)));
                    tabMask &= tabMask - 1;
                }

                colons += BitOperations.PopCount(colonMask);
            }
        }

        for (; i < end; i++)
        {
            var c = buffer[i];
            if (c == (byte)'\t')
            {
                Record(tabs++, i, colons);
            }
            else if (c == (byte)':')
            {
                colons++;
            }
        }

        Record(tabs, end, colons);
        return tabs + 1;
    }

    /// <summary>Each sample's end (exclusive: its tab, or the line's end).</summary>
    public ReadOnlySpan<int> Ends => _ends;

    /// <summary>The number of ':' from the first sample's start up to each sample's end.</summary>
    public ReadOnlySpan<int> CumulativeColons => _colons;

    /// <summary>The first byte of <paramref name="sample"/>'s column.</summary>
    public int Start(int sample) => sample == 0 ? _first : _ends[sample - 1] + 1;

    /// <summary>The end (exclusive: the tab or the line's end) of <paramref name="sample"/>'s column.</summary>
    public int End(int sample) => _ends[sample];

    /// <summary>The number of ':' in <paramref name="sample"/>'s column (its sub-fields minus one).</summary>
    public int Colons(int sample) => _colons[sample] - (sample == 0 ? 0 : _colons[sample - 1]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Record(int column, int end, int colons)
    {
        // A line with more columns than samples is rejected by the column check; its extra ends are not kept.
        if ((uint)column < (uint)_ends.Length)
        {
            _ends[column] = end;
            _colons[column] = colons;
        }
    }
}

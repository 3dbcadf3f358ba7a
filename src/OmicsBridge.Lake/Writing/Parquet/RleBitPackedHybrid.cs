using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace OmicsBridge.Lake.Writing.Parquet;

/// <summary>
/// Parquet's RLE / bit-packing hybrid encoding, for definition levels and dictionary indices: a run of eight or more
/// equal values becomes one RLE run, anything else groups of eight values bit-packed.
/// </summary>
internal static class RleBitPackedHybrid
{
    private const int MaxGroupsPerRun = 63; // keeps a bit-packed run's header to one byte

    /// <summary>The bit width that holds every value below <paramref name="exclusiveMax"/> (at least one bit).</summary>
    public static int BitWidth(int exclusiveMax) => Math.Max(1, 32 - int.LeadingZeroCount(Math.Max(0, exclusiveMax - 1)));

    // Optimized at its first call, not run as precompiled code until tiering catches up (see VcfGenotypes.DecodeSamples).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Encode(ReadOnlySpan<int> values, int bitWidth, ArrayBufferWriter<byte> output)
    {
        var i = 0;
        while (i < values.Length)
        {
            var run = RunLength(values, i, int.MaxValue);
            if (run >= 8)
            {
                WriteRleRun(values[i], run, bitWidth, output);
                i += run;
                continue;
            }

            // Bit-pack groups of eight until a run worth its own RLE header begins at a group boundary. Only the last
            // run of the data may be padded: a reader stops at the page's value count.
            var start = i;
            var groups = 0;
            do
            {
                groups++;
                i += 8;
            }
            while (i < values.Length && groups < MaxGroupsPerRun && RunLength(values, i, 8) < 8);

            i = Math.Min(i, values.Length);
            WriteBitPackedRun(values[start..i], groups, bitWidth, output);
        }
    }

    private static int RunLength(ReadOnlySpan<int> values, int start, int limit)
    {
        var value = values[start];
        var end = (int)Math.Min((long)start + limit, values.Length);
        var n = start + 1;
        while (n < end && values[n] == value)
        {
            n++;
        }

        return n - start;
    }

    private static void WriteRleRun(int value, int count, int bitWidth, ArrayBufferWriter<byte> output)
    {
        Varint.Write(output, (uint)count << 1);
        var bytes = (bitWidth + 7) / 8;
        var span = output.GetSpan(4);
        BinaryPrimitives.WriteInt32LittleEndian(span, value);
        output.Advance(bytes);
    }

    private static void WriteBitPackedRun(ReadOnlySpan<int> values, int groups, int bitWidth, ArrayBufferWriter<byte> output)
    {
        Varint.Write(output, ((uint)groups << 1) | 1);
        // Eight values of at most 16 bits fill at most 16 bytes: a group is packed in two 64-bit words (four values
        // each) and written whole, then the output advances by the group's bitWidth bytes. The last group is padded
        // with zeros.
        Span<int> padded = stackalloc int[8];
        var span = output.GetSpan((groups * bitWidth) + 16);
        for (var g = 0; g < groups; g++)
        {
            var group = values.Length - (g * 8) >= 8 ? values.Slice(g * 8, 8) : Pad(values[(g * 8)..], padded);
            if (bitWidth <= 16)
            {
                PackNarrow(group, bitWidth, span[(g * bitWidth)..]);
            }
            else
            {
                PackWide(group, bitWidth, span.Slice(g * bitWidth, bitWidth));
            }
        }

        output.Advance(groups * bitWidth);
    }

    private static ReadOnlySpan<int> Pad(ReadOnlySpan<int> tail, Span<int> padded)
    {
        padded.Clear();
        tail.CopyTo(padded);
        return padded;
    }

    /// <summary>Eight values of at most 16 bits, written as 16 bytes (those past bitWidth are zero).</summary>
    private static void PackNarrow(ReadOnlySpan<int> group, int bitWidth, Span<byte> target)
    {
        ulong low = 0, high = 0;
        for (var i = 0; i < 4; i++)
        {
            low |= (ulong)(uint)group[i] << (i * bitWidth);
            high |= (ulong)(uint)group[i + 4] << (i * bitWidth);
        }

        // The second four values start at bit 4 × bitWidth (at most 64; C# masks a shift by 64 to 0).
        var split = 4 * bitWidth;
        var first = split == 64 ? low : low | (high << split);
        var second = split == 64 ? high : high >> (64 - split);
        BinaryPrimitives.WriteUInt64LittleEndian(target, first);
        BinaryPrimitives.WriteUInt64LittleEndian(target[8..], second);
    }

    /// <summary>Eight values wider than 16 bits, bit by bit through a 64-bit buffer.</summary>
    private static void PackWide(ReadOnlySpan<int> group, int bitWidth, Span<byte> target)
    {
        ulong buffer = 0;
        var bits = 0;
        var n = 0;
        foreach (var value in group)
        {
            buffer |= (ulong)(uint)value << bits;
            bits += bitWidth;
            while (bits >= 8)
            {
                target[n++] = (byte)buffer;
                buffer >>= 8;
                bits -= 8;
            }
        }
    }
}

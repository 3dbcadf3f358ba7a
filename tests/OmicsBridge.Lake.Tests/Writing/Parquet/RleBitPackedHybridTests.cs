using System.Buffers;
using OmicsBridge.Lake.Writing.Parquet;

namespace OmicsBridge.Lake.Tests.Writing.Parquet;

/// <summary>The hybrid encoding decodes, by the format's rules, to the values given, at every bit width.</summary>
public sealed class RleBitPackedHybridTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 7)]
    [InlineData(3, 8)]
    [InlineData(7, 1_001)]
    [InlineData(8, 999)]
    [InlineData(9, 517)]
    [InlineData(12, 65_537)]
    [InlineData(16, 1_003)]
    [InlineData(20, 4_099)]
    [InlineData(32, 333)]
    public void RunsAndNoise_DecodeToTheSameValues(int bitWidth, int count)
    {
        var random = new Random(bitWidth * 1_000 + count);
        var max = bitWidth == 32 ? int.MaxValue : (1 << bitWidth) - 1;
        var values = new int[count];
        for (var i = 0; i < count;)
        {
            // Alternate runs long enough for RLE with stretches of noise, both of odd lengths.
            var run = random.Next(2) == 0 ? random.Next(8, 40) : 1;
            var repeated = random.Next(max) + (random.Next(2) == 0 ? 1 : 0);
            for (var r = 0; r < run && i < count; r++, i++)
            {
                values[i] = run == 1 ? random.Next(max) + 1 : repeated;
            }
        }

        var output = new ArrayBufferWriter<byte>();
        RleBitPackedHybrid.Encode(values, bitWidth, output);

        Assert.Equal(values, Decode(output.WrittenSpan, bitWidth, count));
    }

    [Fact]
    public void ALongRun_TakesOneRleHeaderAndOneValue()
    {
        var output = new ArrayBufferWriter<byte>();
        RleBitPackedHybrid.Encode(Enumerable.Repeat(5, 100_000).ToArray(), 3, output);

        // Varint of 100,000 << 1 (three bytes), then the value in one byte.
        Assert.Equal(4, output.WrittenCount);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    [InlineData(256, 8)]
    [InlineData(257, 9)]
    [InlineData(65_536, 16)]
    public void BitWidth_HoldsEveryIndexBelowTheCount(int count, int expected) => Assert.Equal(expected, RleBitPackedHybrid.BitWidth(count));

    /// <summary>A decoder written from the format's description, independent of the encoder.</summary>
    private static int[] Decode(ReadOnlySpan<byte> data, int bitWidth, int count)
    {
        var values = new List<int>();
        var position = 0;
        while (values.Count < count)
        {
            var header = 0L;
            for (var shift = 0; ; shift += 7)
            {
                var b = data[position++];
                header |= (long)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    break;
                }
            }

            if ((header & 1) == 0)
            {
                var value = 0L;
                for (var b = 0; b < (bitWidth + 7) / 8; b++)
                {
                    value |= (long)data[position++] << (8 * b);
                }

                values.AddRange(Enumerable.Repeat((int)value, (int)(header >> 1)));
                continue;
            }

            var groups = (int)(header >> 1);
            for (var v = 0; v < groups * 8; v++)
            {
                var bit = (long)v * bitWidth;
                var value = 0L;
                for (var k = 0; k < bitWidth; k++)
                {
                    var at = bit + k;
                    value |= (long)((data[position + (int)(at >> 3)] >> (int)(at & 7)) & 1) << k;
                }

                values.Add((int)value);
            }

            position += groups * bitWidth;
        }

        return [.. values.Take(count)];
    }
}

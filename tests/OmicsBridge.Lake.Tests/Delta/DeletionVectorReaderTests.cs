using System.Buffers.Binary;
using OmicsBridge.Lake.Delta;
using static OmicsBridge.Lake.Tests.Delta.DeltaTestSupport;

namespace OmicsBridge.Lake.Tests.Delta;

public sealed class DeletionVectorReaderTests
{
    private const string Z85Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

    [Fact]
    public void Decode_Z85SpecExample_GivesTheSpecBytes()
    {
        // The example of ZeroMQ RFC 32 (Z85).
        Assert.Equal(new byte[] { 0x86, 0x4F, 0xD2, 0x6F, 0xB5, 0x59, 0xF7, 0x5B }, Z85.Decode("HelloWorld"));
    }

    [Fact]
    public void ResolveFile_SparkUuidPath_NamesAnExistingDeletionVectorFile()
    {
        var root = Golden("dv-partitioned-with-checkpoint");
        var dv = new DeltaDeletionVector("u", "0X9F0q2<2yJ-f)Gm2!e0", 1, 34, 1);

        var file = DeletionVectorReader.ResolveFile(root, dv);

        Assert.True(File.Exists(file), file);
        Assert.Equal([(0L, 0L)], DeletionVectorReader.ReadRanges(root, dv));
    }

    [Fact]
    public void ReadRanges_InlineArrayAndRunContainers_MergesAdjacentRows()
    {
        // Bitmap key 0: array container {1, 2, 3, 7}; bitmap key 1 (rows from 2^32): run container [10, 14].
        var data = new List<byte>();
        data.AddRange(Int32(1681511377));
        data.AddRange(Int64(2));
        data.AddRange(Int32(0));
        data.AddRange(Int32(12346));
        data.AddRange(Int32(1));
        data.AddRange(Int16(0)); data.AddRange(Int16(3));
        data.AddRange(Int32(16));
        foreach (var v in new short[] { 1, 2, 3, 7 })
        {
            data.AddRange(Int16(v));
        }

        data.AddRange(Int32(1));
        data.AddRange(Int32(12347)); // run cookie, one container: (1 - 1) << 16 | 12347
        data.Add(0b1);
        data.AddRange(Int16(0)); data.AddRange(Int16(4));
        data.AddRange(Int16(1)); data.AddRange(Int16(10)); data.AddRange(Int16(4));
        var size = data.Count;
        while (data.Count % 4 != 0)
        {
            data.Add(0);
        }

        var dv = new DeltaDeletionVector("i", Z85Encode([.. data]), null, size, 9);

        var ranges = DeletionVectorReader.ReadRanges("/nowhere", dv);

        Assert.Equal([(1L, 3L), (7L, 7L), ((1L << 32) + 10, (1L << 32) + 14)], ranges);
    }

    [Fact]
    public void ReadRanges_CardinalityDisagreesWithBitmap_IsRefused()
    {
        var root = Golden("dv-partitioned-with-checkpoint");

        Assert.Throws<FormatException>(() => DeletionVectorReader.ReadRanges(root, new DeltaDeletionVector("u", "0X9F0q2<2yJ-f)Gm2!e0", 1, 34, 2)));
    }

    private static byte[] Int16(short v)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteInt16LittleEndian(b, v);
        return b;
    }

    private static byte[] Int32(int v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, v);
        return b;
    }

    private static byte[] Int64(long v)
    {
        var b = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(b, v);
        return b;
    }

    private static string Z85Encode(byte[] data)
    {
        var chars = new char[data.Length / 4 * 5];
        for (int i = 0, o = 0; i < data.Length; i += 4, o += 5)
        {
            var value = BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(i));
            for (var j = 4; j >= 0; j--)
            {
                chars[o + j] = Z85Alphabet[(int)(value % 85)];
                value /= 85;
            }
        }

        return new string(chars);
    }
}

using System.Buffers.Binary;
using System.Globalization;

namespace OmicsBridge.Lake.Delta;

/// <summary>
/// Loads a deletion vector and returns the deleted row indexes as sorted, disjoint, inclusive ranges.
/// </summary>
/// <remarks>
/// The stored form is the protocol's: a 4-byte little-endian magic (1681511377), then a "RoaringBitmapArray" in the
/// portable layout: an 8-byte count of 32-bit Roaring bitmaps, each preceded by its 4-byte key (the high 32 bits of
/// the row index). A <c>u</c>/<c>p</c> file starts with a version byte (1); at <c>offset</c> each vector is framed by
/// a 4-byte big-endian size and a 4-byte big-endian CRC-32 of the data. Ranges (not single indexes) are returned
/// because deletes are usually clustered, which keeps the SQL filter small.
/// </remarks>
internal static class DeletionVectorReader
{
    private const int Magic = 1681511377;
    private const int SerialCookieNoRun = 12346;
    private const int SerialCookie = 12347;

    public static List<(long First, long Last)> ReadRanges(string tableRoot, DeltaDeletionVector dv)
    {
        var data = dv.StorageType switch
        {
            "i" => Z85.Decode(dv.PathOrInlineDv).AsSpan(0, dv.SizeInBytes).ToArray(),
            "u" or "p" => ReadFramed(ResolveFile(tableRoot, dv), dv),
            _ => throw new FormatException($"deletion vector storage type '{dv.StorageType}' is unknown"),
        };
        var ranges = Decode(data);
        var count = ranges.Sum(r => r.Last - r.First + 1);
        if (count != dv.Cardinality)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"deletion vector holds {count} rows but the log says cardinality {dv.Cardinality}"));
        }

        return ranges;
    }

    internal static string ResolveFile(string tableRoot, DeltaDeletionVector dv)
    {
        if (dv.StorageType == "p")
        {
            var uri = new Uri(dv.PathOrInlineDv);
            return uri.IsFile ? uri.LocalPath : throw new FormatException($"deletion vector path '{dv.PathOrInlineDv}' is not a local file");
        }

        // The last 20 characters encode the UUID; anything before them is a random folder prefix.
        var encoded = dv.PathOrInlineDv;
        if (encoded.Length < 20)
        {
            throw new FormatException("deletion vector path is shorter than an encoded UUID");
        }

        var uuid = Z85.Decode(encoded.AsSpan(encoded.Length - 20));
        var name = "deletion_vector_" + new Guid(uuid, bigEndian: true).ToString("D") + ".bin";
        var prefix = encoded[..^20];
        return prefix.Length == 0 ? Path.Combine(tableRoot, name) : Path.Combine(tableRoot, prefix, name);
    }

    private static byte[] ReadFramed(string file, DeltaDeletionVector dv)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        stream.Position = dv.Offset ?? 1;
        Span<byte> word = stackalloc byte[4];
        stream.ReadExactly(word);
        var size = BinaryPrimitives.ReadInt32BigEndian(word);
        if (size != dv.SizeInBytes)
        {
            throw new FormatException(string.Create(CultureInfo.InvariantCulture,
                $"deletion vector in {Path.GetFileName(file)} is {size} bytes but the log says {dv.SizeInBytes}"));
        }

        var data = new byte[size];
        stream.ReadExactly(data);
        stream.ReadExactly(word);
        if (BinaryPrimitives.ReadUInt32BigEndian(word) != Crc32.Compute(data))
        {
            throw new FormatException($"deletion vector in {Path.GetFileName(file)} fails its CRC-32 check");
        }

        return data;
    }

    private static List<(long First, long Last)> Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length < 12 || BinaryPrimitives.ReadInt32LittleEndian(data) != Magic)
        {
            throw new FormatException("deletion vector does not start with the RoaringBitmapArray magic number");
        }

        var ranges = new List<(long First, long Last)>();
        var bitmapCount = BinaryPrimitives.ReadInt64LittleEndian(data[4..]);
        var position = 12;
        for (long b = 0; b < bitmapCount; b++)
        {
            var key = (long)BinaryPrimitives.ReadUInt32LittleEndian(data[position..]);
            position += 4;
            position = DecodeRoaring32(data, position, key << 32, ranges);
        }

        return ranges;
    }

    // One 32-bit Roaring bitmap in the portable format (RoaringFormatSpec); returns the position after it.
    private static int DecodeRoaring32(ReadOnlySpan<byte> data, int start, long high, List<(long First, long Last)> ranges)
    {
        var position = start;
        var cookie = BinaryPrimitives.ReadUInt32LittleEndian(data[position..]);
        position += 4;
        int containers;
        ReadOnlySpan<byte> runFlags = default;
        bool hasRuns;
        if ((cookie & 0xFFFF) == SerialCookie)
        {
            hasRuns = true;
            containers = (int)(cookie >> 16) + 1;
            var flagBytes = (containers + 7) / 8;
            runFlags = data.Slice(position, flagBytes);
            position += flagBytes;
        }
        else if (cookie == SerialCookieNoRun)
        {
            hasRuns = false;
            containers = (int)BinaryPrimitives.ReadUInt32LittleEndian(data[position..]);
            position += 4;
        }
        else
        {
            throw new FormatException("deletion vector holds an unknown Roaring cookie");
        }

        var header = data.Slice(position, containers * 4);
        position += containers * 4;
        if (!hasRuns || containers >= 4)
        {
            position += containers * 4; // offset header: redundant when reading sequentially
        }

        for (var c = 0; c < containers; c++)
        {
            var containerBase = high | ((long)BinaryPrimitives.ReadUInt16LittleEndian(header[(c * 4)..]) << 16);
            var cardinality = BinaryPrimitives.ReadUInt16LittleEndian(header[((c * 4) + 2)..]) + 1;
            var isRun = hasRuns && (runFlags[c / 8] & (1 << (c % 8))) != 0;
            if (isRun)
            {
                var runs = BinaryPrimitives.ReadUInt16LittleEndian(data[position..]);
                position += 2;
                for (var r = 0; r < runs; r++)
                {
                    var first = BinaryPrimitives.ReadUInt16LittleEndian(data[position..]);
                    var lengthMinusOne = BinaryPrimitives.ReadUInt16LittleEndian(data[(position + 2)..]);
                    position += 4;
                    Append(ranges, containerBase + first, containerBase + first + lengthMinusOne);
                }
            }
            else if (cardinality > 4096)
            {
                for (var word = 0; word < 1024; word++)
                {
                    var bits = BinaryPrimitives.ReadUInt64LittleEndian(data[(position + (word * 8))..]);
                    while (bits != 0)
                    {
                        var bit = System.Numerics.BitOperations.TrailingZeroCount(bits);
                        var value = containerBase + (word * 64) + bit;
                        Append(ranges, value, value);
                        bits &= bits - 1;
                    }
                }

                position += 8192;
            }
            else
            {
                for (var i = 0; i < cardinality; i++)
                {
                    var value = containerBase + BinaryPrimitives.ReadUInt16LittleEndian(data[(position + (i * 2))..]);
                    Append(ranges, value, value);
                }

                position += cardinality * 2;
            }
        }

        return position;
    }

    private static void Append(List<(long First, long Last)> ranges, long first, long last)
    {
        if (ranges.Count > 0 && ranges[^1].Last + 1 >= first)
        {
            var previous = ranges[^1];
            ranges[^1] = (previous.First, Math.Max(previous.Last, last));
        }
        else
        {
            ranges.Add((first, last));
        }
    }
}

using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Vcf.Index;

/// <summary>
/// A tabix (.tbi) or CSI (.csi) binning index: per contig, bins of chunks of BGZF virtual offsets
/// (SAMv1 spec §5, CSIv1 spec). We use it to find where to start reading for a region.
/// </summary>
internal sealed class TabixIndex
{
    private readonly Dictionary<string, int> _contigs;
    private readonly List<Dictionary<uint, List<(ulong Begin, ulong End)>>> _bins;
    private readonly List<ulong[]> _linear;

    private TabixIndex(int minShift, int depth, Dictionary<string, int> contigs, List<Dictionary<uint, List<(ulong, ulong)>>> bins, List<ulong[]> linear)
    {
        MinShift = minShift;
        Depth = depth;
        _contigs = contigs;
        _bins = bins;
        _linear = linear;
    }

    public int MinShift { get; }

    public int Depth { get; }

    public IReadOnlyCollection<string> ContigNames => _contigs.Keys;

    /// <summary>Finds <c>file.tbi</c> or <c>file.csi</c> beside the data file.</summary>
    public static string? FindBeside(string path)
    {
        foreach (var candidate in new[] { path + ".tbi", path + ".csi" })
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public static TabixIndex Load(string path)
    {
        using var file = File.OpenRead(path);
        using var gz = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gz.CopyTo(memory);
        var data = memory.GetBuffer().AsSpan(0, (int)memory.Length);
        try
        {
            return data[..4].SequenceEqual("TBI\u0001"u8) ? ParseTabix(data) : data[..4].SequenceEqual("CSI\u0001"u8) ? ParseCsi(data) : throw Bad(path, "not a TBI or CSI index");
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw Bad(path, "the index is truncated", ex);
        }
    }

    /// <summary>The smallest virtual offset from which all records overlapping [start, end] (1-based) can be read, or null when none.</summary>
    public long? StartOffset(string contig, long start, long end)
    {
        if (!_contigs.TryGetValue(contig, out var tid))
        {
            return null;
        }

        var beg0 = start - 1;
        var end0 = end == long.MaxValue ? 1L << (MinShift + (Depth * 3)) : end;
        var minOffset = 0UL;
        var linear = _linear[tid];
        if (linear.Length > 0)
        {
            var window = (int)Math.Min(linear.Length - 1, beg0 >> MinShift);
            minOffset = linear[window];
        }

        ulong? best = null;
        foreach (var bin in RegionToBins(beg0, end0))
        {
            if (!_bins[tid].TryGetValue(bin, out var chunks))
            {
                continue;
            }

            foreach (var (b, e) in chunks)
            {
                if (e > minOffset && (best is null || b < best))
                {
                    best = b;
                }
            }
        }

        return best is null ? null : (long)Math.Max(best.Value, 0);
    }

    // htslib hts_reg2bins: every bin at every level that can hold [beg, end).
    private IEnumerable<uint> RegionToBins(long beg, long end)
    {
        var s = MinShift + (Depth * 3);
        if (end >= 1L << s)
        {
            end = 1L << s;
        }

        end--;
        long t = 0;
        for (var level = 0; level <= Depth; level++)
        {
            var b = t + (beg >> s);
            var e = t + (end >> s);
            for (var i = b; i <= e; i++)
            {
                yield return (uint)i;
            }

            s -= 3;
            t += 1L << (level * 3);
        }
    }

    private static TabixIndex ParseTabix(ReadOnlySpan<byte> d)
    {
        var nRef = BinaryPrimitives.ReadInt32LittleEndian(d[4..]);
        var nameLength = BinaryPrimitives.ReadInt32LittleEndian(d[32..]);
        var names = ParseNames(d.Slice(36, nameLength));
        var p = 36 + nameLength;
        var bins = new List<Dictionary<uint, List<(ulong, ulong)>>>(nRef);
        var linear = new List<ulong[]>(nRef);
        for (var r = 0; r < nRef; r++)
        {
            var binMap = new Dictionary<uint, List<(ulong, ulong)>>();
            var nBin = BinaryPrimitives.ReadInt32LittleEndian(d[p..]);
            p += 4;
            for (var b = 0; b < nBin; b++)
            {
                var bin = BinaryPrimitives.ReadUInt32LittleEndian(d[p..]);
                var nChunk = BinaryPrimitives.ReadInt32LittleEndian(d[(p + 4)..]);
                p += 8;
                binMap[bin] = ReadChunks(d, ref p, nChunk);
            }

            var nIntervals = BinaryPrimitives.ReadInt32LittleEndian(d[p..]);
            p += 4;
            var offsets = new ulong[nIntervals];
            for (var i = 0; i < nIntervals; i++)
            {
                offsets[i] = BinaryPrimitives.ReadUInt64LittleEndian(d[(p + (8 * i))..]);
            }

            p += 8 * nIntervals;
            bins.Add(binMap);
            linear.Add(offsets);
        }

        return new TabixIndex(14, 5, names, bins, linear);
    }

    private static TabixIndex ParseCsi(ReadOnlySpan<byte> d)
    {
        var minShift = BinaryPrimitives.ReadInt32LittleEndian(d[4..]);
        var depth = BinaryPrimitives.ReadInt32LittleEndian(d[8..]);
        var auxLength = BinaryPrimitives.ReadInt32LittleEndian(d[12..]);
        var aux = d.Slice(16, auxLength);
        var names = auxLength >= 28 ? ParseNames(aux.Slice(28, BinaryPrimitives.ReadInt32LittleEndian(aux[24..]))) : new Dictionary<string, int>();
        var p = 16 + auxLength;
        var nRef = BinaryPrimitives.ReadInt32LittleEndian(d[p..]);
        p += 4;
        var bins = new List<Dictionary<uint, List<(ulong, ulong)>>>(nRef);
        var linear = new List<ulong[]>(nRef);
        for (var r = 0; r < nRef; r++)
        {
            var binMap = new Dictionary<uint, List<(ulong, ulong)>>();
            var nBin = BinaryPrimitives.ReadInt32LittleEndian(d[p..]);
            p += 4;
            for (var b = 0; b < nBin; b++)
            {
                var bin = BinaryPrimitives.ReadUInt32LittleEndian(d[p..]);
                var nChunk = BinaryPrimitives.ReadInt32LittleEndian(d[(p + 12)..]);
                p += 16;
                binMap[bin] = ReadChunks(d, ref p, nChunk);
            }

            bins.Add(binMap);
            linear.Add([]);
        }

        return new TabixIndex(minShift, depth, names, bins, linear);
    }

    private static List<(ulong, ulong)> ReadChunks(ReadOnlySpan<byte> d, ref int p, int count)
    {
        var chunks = new List<(ulong, ulong)>(count);
        for (var c = 0; c < count; c++)
        {
            chunks.Add((BinaryPrimitives.ReadUInt64LittleEndian(d[p..]), BinaryPrimitives.ReadUInt64LittleEndian(d[(p + 8)..])));
            p += 16;
        }

        return chunks;
    }

    private static Dictionary<string, int> ParseNames(ReadOnlySpan<byte> block)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var name in Encoding.UTF8.GetString(block).Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            names[name] = i++;
        }

        return names;
    }

    private static OmicsBridgeException Bad(string path, string message, Exception? inner = null) =>
        OmicsBridgeException.FromIssue(new ParseIssue("VCF030", IssueSeverity.Fatal, Path.GetFileName(path), 0, null, "index", message), inner);
}

using System.IO.Compression;
using System.Text;

namespace OmicsBridge.Pipeline.Ingest.Sources.Genomic;

/// <summary>Tab-separated lines of a landed file (plain or gzip), with their 1-based line numbers.</summary>
internal static class TabularLines
{
    public static TextReader Open(IngestContext context)
    {
        var stream = context.OpenRead();
        Span<byte> head = stackalloc byte[2];
        var n = stream.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        Stream input = n == 2 && head[0] == 0x1f && head[1] == 0x8b ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        return new StreamReader(input, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16);
    }

    /// <summary>Splits on tabs, dropping the trailing empty cells some exporters add to every line.</summary>
    public static string[] Split(string line)
    {
        var cells = line.Split('\t');
        var count = cells.Length;
        while (count > 0 && cells[count - 1].Length == 0)
        {
            count--;
        }

        return count == cells.Length ? cells : cells[..count];
    }
}

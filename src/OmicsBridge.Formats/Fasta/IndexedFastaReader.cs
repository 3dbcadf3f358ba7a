using System.Globalization;
using System.Text;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Vcf;

namespace OmicsBridge.Formats.Fasta;

/// <summary>
/// Random access to an uncompressed FASTA through its samtools <c>.fai</c> index (faidx): fetches a region without
/// reading the file. Contig names are matched as written first, then through <see cref="GenomeAssemblies.CanonicalContig"/>
/// (so <c>chr1</c> finds <c>1</c>). Not thread-safe: one reader per thread.
/// </summary>
public sealed class IndexedFastaReader : IDisposable
{
    private readonly FileStream _file;
    private readonly Dictionary<string, FastaIndexEntry> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FastaIndexEntry> _canonical = new(StringComparer.Ordinal);

    /// <summary>Opens <paramref name="fastaPath"/> with <c>fastaPath.fai</c> beside it.</summary>
    public IndexedFastaReader(string fastaPath)
    {
        ArgumentNullException.ThrowIfNull(fastaPath);
        var faiPath = fastaPath + ".fai";
        if (!File.Exists(faiPath))
        {
            throw OmicsBridgeException.NotFound($"FASTA index {Path.GetFileName(faiPath)} not found; run: samtools faidx {Path.GetFileName(fastaPath)}");
        }

        var lineNumber = 0;
        foreach (var line in File.ReadLines(faiPath))
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 5
                || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
                || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var lineBases)
                || !int.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var lineWidth)
                || lineBases <= 0 || lineWidth < lineBases)
            {
                throw OmicsBridgeException.FromIssue(new ParseIssue("FAI001", IssueSeverity.Fatal, Path.GetFileName(faiPath), lineNumber, null, null,
                    "a .fai line must be name, length, offset, line bases, line width"));
            }

            var entry = new FastaIndexEntry(parts[0], length, offset, lineBases, lineWidth);
            _entries[entry.Name] = entry;
            _canonical.TryAdd(GenomeAssemblies.CanonicalContig(entry.Name), entry);
        }

        _file = new FileStream(fastaPath, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
    }

    /// <summary>The index entries in file order.</summary>
    public IReadOnlyCollection<FastaIndexEntry> Sequences => _entries.Values;

    /// <summary>Finds a sequence by name or alias.</summary>
    public bool TryGetEntry(string contig, out FastaIndexEntry entry) =>
        _entries.TryGetValue(contig, out entry!) || _canonical.TryGetValue(GenomeAssemblies.CanonicalContig(contig), out entry!);

    /// <summary>Bases <paramref name="start"/>..<paramref name="end"/> (1-based, inclusive), upper-cased; clipped to the sequence.</summary>
    public string Fetch(string contig, long start, long end)
    {
        if (!TryGetEntry(contig, out var entry))
        {
            throw OmicsBridgeException.NotFound($"contig {contig} is not in the FASTA index");
        }

        start = Math.Max(1, start);
        end = Math.Min(entry.Length, end);
        if (end < start)
        {
            return string.Empty;
        }

        var first = start - 1;
        var last = end - 1;
        var from = entry.Offset + (first / entry.LineBases * entry.LineWidth) + (first % entry.LineBases);
        var to = entry.Offset + (last / entry.LineBases * entry.LineWidth) + (last % entry.LineBases) + 1;
        var bytes = new byte[to - from];
        RandomAccess.Read(_file.SafeFileHandle, bytes, from);
        var sb = new StringBuilder((int)(end - start + 1));
        foreach (var b in bytes)
        {
            if (b is not ((byte)'\n' or (byte)'\r'))
            {
                sb.Append(char.ToUpperInvariant((char)b));
            }
        }

        return sb.ToString();
    }

    public void Dispose() => _file.Dispose();
}

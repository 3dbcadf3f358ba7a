using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Vcf.Bgzf;

namespace OmicsBridge.Formats.Vcf;

/// <summary>
/// A streaming VCF 4.1–4.5 reader for plain, gzip and BGZF files (detected by magic bytes).
/// </summary>
/// <remarks>
/// <para><see cref="Read"/> moves to the next accepted record; <see cref="Current"/> is a view valid until the next call.
/// Records with an error (wrong column count, bad POS, GT allele beyond ALT…) are skipped and reported in
/// <see cref="Issues"/> (counted in <see cref="RejectedCount"/>); warnings keep the record. Fatal problems (broken
/// header, duplicate samples, truncated BGZF) throw <see cref="OmicsBridgeException"/>: the caller must then commit
/// nothing from the file, since records already read may be a partial view.</para>
/// <para>Input = <see cref="RecordCount"/> + <see cref="RejectedCount"/> data lines.</para>
/// </remarks>
public sealed partial class VcfReader : IDisposable
{
    private const int InitialBufferSize = 1 << 20;

    private readonly Stream _input;
    private readonly VcfReaderOptions _options;
    private readonly List<ParseIssue> _issues = [];
    private readonly HashSet<string> _warnedKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _finishedContigs = new(StringComparer.Ordinal);
    private readonly VcfRecord _record;
    private byte[] _buffer;
    private int _position;
    private int _end;
    private bool _eof;
    private long _lineNumber;
    private byte[] _lastChromBytes = [];
    private string _lastChrom = string.Empty;
    private string? _orderChrom;
    private long _orderPosition;
    private bool _disposed;
    private bool _reportedEof;

    private VcfReader(Stream input, string fileName, VcfReaderOptions options)
    {
        _input = input;
        FileName = fileName;
        _options = options;
        _buffer = ArrayPool<byte>.Shared.Rent(InitialBufferSize);
        Header = ReadHeader();
        Assembly = options.Assembly ?? Header.Assembly;
        _record = new VcfRecord(this);
    }

    /// <summary>The file name used in issues.</summary>
    public string FileName { get; }

    /// <summary>The parsed header.</summary>
    public VcfHeader Header { get; }

    /// <summary>The assembly: <see cref="VcfReaderOptions.Assembly"/> if given, else detected from the header.</summary>
    public GenomeAssembly Assembly { get; }

    /// <summary>The current record (after <see cref="Read"/> returned true).</summary>
    public VcfRecord Current => _record;

    /// <summary>Issues found so far (at most <see cref="VcfReaderOptions.MaxIssues"/>).</summary>
    public IReadOnlyList<ParseIssue> Issues => _issues;

    /// <summary>All issues found, including those past the cap.</summary>
    public long IssueCount { get; private set; }

    /// <summary>Records returned by <see cref="Read"/>.</summary>
    public long RecordCount { get; private set; }

    /// <summary>Data lines rejected for an error.</summary>
    public long RejectedCount { get; private set; }

    /// <summary>Opens a file; the format (plain, gzip, BGZF) is detected from its first bytes.</summary>
    public static VcfReader Open(string path, VcfReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= new VcfReaderOptions();
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        try
        {
            if (options.Region is not null)
            {
                return OpenRegion(stream, Path.GetFileName(path), options.IndexPath ?? IndexBeside(path), options);
            }

            return new VcfReader(Decompress(stream, Path.GetFileName(path)), Path.GetFileName(path), options);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Reads from a stream (plain, gzip or BGZF); <paramref name="fileName"/> names it in issues. A region read needs a
    /// seekable BGZF stream and <see cref="VcfReaderOptions.IndexPath"/>.
    /// </summary>
    public static VcfReader Open(Stream stream, string fileName, VcfReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= new VcfReaderOptions();
        if (options.Region is not null)
        {
            if (options.IndexPath is null || !stream.CanSeek)
            {
                throw OmicsBridgeException.Usage($"a region read of {fileName} needs a seekable stream and the path of its .tbi or .csi index");
            }

            return OpenRegion(stream, fileName, options.IndexPath, options);
        }

        return new VcfReader(Decompress(stream, fileName), fileName, options);
    }

    /// <summary>Moves to the next accepted record.</summary>
    public bool Read()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (NextLine(out var start, out var end, out var hasNewline))
        {
            _lineNumber++;
            if (end == start)
            {
                continue;
            }

            if (_buffer[start] == (byte)'#')
            {
                AddIssue(_lineNumber, 1, VcfIssueCodes.BadColumnHeader, IssueSeverity.Error, null, "header line after the data started");
                RejectedCount++;
                continue;
            }

            var verdict = ParseRecord(start, end, hasNewline);
            if (verdict == RecordVerdict.Accept)
            {
                RecordCount++;
                return true;
            }

            if (verdict == RecordVerdict.Reject)
            {
                RejectedCount++;
            }
            else if (verdict == RecordVerdict.PastRegion)
            {
                return false;
            }
        }

        if (_input is BgzfReader { SawEofMarker: false } && _options.Region is null && !_reportedEof)
        {
            _reportedEof = true;
            AddIssue(_lineNumber, null, VcfIssueCodes.MissingEofMarker, IssueSeverity.Warning, "BGZF", "the BGZF end-of-file block is absent; the file may be cut at a block boundary");
        }

        return false;
    }

    /// <summary>Reads every remaining record, calling <paramref name="onRecord"/> for each (a convenience for small files and tests).</summary>
    public void ReadAll(Action<VcfRecord> onRecord)
    {
        ArgumentNullException.ThrowIfNull(onRecord);
        while (Read())
        {
            onRecord(_record);
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _input.Dispose();
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    internal void AddIssue(VcfRecord record, int absoluteOffset, string code, IssueSeverity severity, string? field, string message) =>
        AddIssue(record.LineNumber, absoluteOffset - record.LineStart + 1, code, severity, field, message, record);

    internal void AddIssue(long line, int? column, string code, IssueSeverity severity, string? field, string message, VcfRecord? record = null)
    {
        IssueCount++;
        if (_issues.Count >= _options.MaxIssues)
        {
            return;
        }

        string? excerpt = null;
        if (record is not null && column is { } c)
        {
            // hail's LoadVCF excerpt: ±36 characters around the column.
            var bytes = record.LineBytes;
            var from = Math.Min(bytes.Length, Math.Max(0, c - 1 - 36));
            var to = Math.Min(bytes.Length, c - 1 + 36);
            excerpt = Encoding.UTF8.GetString(bytes[from..Math.Max(from, to)]);
        }

        _issues.Add(new ParseIssue(code, severity, FileName, line, column, field, message, excerpt));
    }

    internal void WarnOnce(VcfRecord record, int offset, string code, string key, string message)
    {
        if (_warnedKeys.Add(code + key))
        {
            AddIssue(record, offset, code, IssueSeverity.Warning, key, message);
        }
    }

    private static Stream Decompress(Stream stream, string fileName)
    {
        Span<byte> head = stackalloc byte[18];
        var buffered = stream.CanSeek ? stream : new BufferedStream(stream, 1 << 16);
        var start = buffered.CanSeek ? buffered.Position : 0;
        var n = buffered.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (!buffered.CanSeek)
        {
            throw OmicsBridgeException.Usage("VCF input streams must be seekable to detect compression");
        }

        buffered.Position = start;
        if (BgzfReader.IsBgzf(head[..n]))
        {
            return new BgzfReader(buffered, fileName);
        }

        if (n >= 2 && head[0] == 0x1f && head[1] == 0x8b)
        {
            return new GZipStream(buffered, CompressionMode.Decompress);
        }

        return buffered;
    }

    private VcfHeader ReadHeader()
    {
        var parser = new VcfHeaderParser(FileName);
        while (NextLine(out var start, out var end, out _))
        {
            _lineNumber++;
            var line = Encoding.UTF8.GetString(_buffer, start, end - start);
            if (line.StartsWith("##", StringComparison.Ordinal))
            {
                parser.AddMetaLine(line, _lineNumber);
                continue;
            }

            if (_lineNumber == 1)
            {
                throw parser.Fatal(VcfIssueCodes.MissingFileFormat, 1, "the first line must be ##fileformat=VCFv4.x");
            }

            if (line.StartsWith('#'))
            {
                return parser.Complete(line, _lineNumber);
            }

            throw parser.Fatal(VcfIssueCodes.BadColumnHeader, _lineNumber, "data line before the #CHROM header line");
        }

        throw parser.Fatal(_lineNumber == 0 ? VcfIssueCodes.MissingFileFormat : VcfIssueCodes.BadColumnHeader, _lineNumber, "the file ends before the #CHROM header line");
    }

    // Finds the next line in the buffer, refilling (and growing for long lines) as needed. Compaction moves bytes,
    // which is why a record is only valid until the next Read().
    private bool NextLine(out int start, out int end, out bool hasNewline)
    {
        var searchFrom = _position;
        while (true)
        {
            var newline = _buffer.AsSpan(searchFrom, _end - searchFrom).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                start = _position;
                end = searchFrom + newline;
                _position = end + 1;
                hasNewline = true;
                if (end > start && _buffer[end - 1] == (byte)'\r')
                {
                    end--;
                }

                return true;
            }

            if (_eof)
            {
                start = _position;
                end = _end;
                _position = _end;
                hasNewline = false;
                return end > start;
            }

            searchFrom = _end;
            if (_position > 0)
            {
                var remaining = _end - _position;
                Buffer.BlockCopy(_buffer, _position, _buffer, 0, remaining);
                searchFrom -= _position;
                _position = 0;
                _end = remaining;
            }

            if (_end == _buffer.Length)
            {
                var grown = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                Buffer.BlockCopy(_buffer, 0, grown, 0, _end);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = grown;
            }

            var read = _input.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _eof = true;
            }

            _end += read;
        }
    }

    private string InternChrom(ReadOnlySpan<byte> chrom)
    {
        if (!chrom.SequenceEqual(_lastChromBytes))
        {
            _lastChromBytes = chrom.ToArray();
            _lastChrom = Encoding.UTF8.GetString(chrom);
        }

        return _lastChrom;
    }

    private static long ParsePosition(ReadOnlySpan<byte> text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;

    private enum RecordVerdict
    {
        Accept,
        Reject,
        SkipRegion,
        PastRegion,
    }
}

using System.Buffers.Binary;
using System.IO.Compression;

namespace OmicsBridge.Formats.Csv;

/// <summary>
/// The decoded byte stream under a <see cref="DelimitedReader"/>: the file itself, or its gzip content when the
/// first two bytes are the gzip magic (whatever the file is called).
/// </summary>
/// <remarks>
/// .NET's <see cref="GZipStream"/> reports a truncated file as a clean end of stream, so a cut-off download would
/// load as a shorter table. <see cref="VerifyComplete"/> closes that gap from the gzip trailer: the last four bytes
/// are the uncompressed size modulo 2^32, and a BGZF file (bgzip, htslib) must end with its 28-byte EOF block.
/// Concatenated plain gzip members (<c>cat a.gz b.gz</c>) fail the size check and are reported as broken.
/// </remarks>
internal sealed class DelimitedSource : Stream
{
    private static ReadOnlySpan<byte> BgzfEof =>
    [
        0x1f, 0x8b, 0x08, 0x04, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0x06, 0x00, 0x42, 0x43, 0x02, 0x00,
        0x1b, 0x00, 0x03, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00,
    ];

    private readonly Stream _raw;
    private readonly Stream _decoded;
    private readonly bool _leaveOpen;
    private long _decodedBytes;

    private DelimitedSource(Stream raw, bool isGzip, bool leaveOpen)
    {
        _raw = raw;
        _leaveOpen = leaveOpen;
        IsGzip = isGzip;
        _decoded = isGzip ? new GZipStream(raw, CompressionMode.Decompress, leaveOpen: true) : raw;
    }

    public bool IsGzip { get; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public static DelimitedSource Open(string path)
    {
        var raw = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16, FileOptions.SequentialScan);
        try
        {
            return Wrap(raw, leaveOpen: false);
        }
        catch
        {
            raw.Dispose();
            throw;
        }
    }

    /// <summary>Detects gzip on a seekable stream; a forward-only stream is read as plain text.</summary>
    public static DelimitedSource Wrap(Stream raw, bool leaveOpen)
    {
        var isGzip = false;
        if (raw.CanSeek)
        {
            var start = raw.Position;
            Span<byte> magic = stackalloc byte[2];
            isGzip = raw.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
            raw.Position = start;
        }

        return new DelimitedSource(raw, isGzip, leaveOpen);
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _decoded.Read(buffer);
        _decodedBytes += read;
        return read;
    }

    /// <summary>After the decoder reports the end: <see langword="false"/> when the gzip trailer says content is missing.</summary>
    public bool VerifyComplete()
    {
        if (!IsGzip || !_raw.CanSeek)
        {
            return true;
        }

        // A gzip member is at least a 10-byte header and an 8-byte trailer.
        if (_raw.Length < 18)
        {
            return false;
        }

        Span<byte> tail = stackalloc byte[28];
        var tailLength = (int)Math.Min(28, _raw.Length);
        _raw.Position = _raw.Length - tailLength;
        _raw.ReadExactly(tail[..tailLength]);
        if (tailLength == 28 && tail.SequenceEqual(BgzfEof))
        {
            return true;
        }

        var recordedSize = BinaryPrimitives.ReadUInt32LittleEndian(tail.Slice(tailLength - 4, 4));
        return recordedSize == unchecked((uint)_decodedBytes);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            if (IsGzip)
            {
                _decoded.Dispose();
            }

            if (!_leaveOpen)
            {
                _raw.Dispose();
            }
        }

        base.Dispose(disposing);
    }
}

using System.Buffers.Binary;
using System.IO.Compression;

namespace OmicsBridge.Formats.Vcf.Bgzf;

/// <summary>
/// Writes BGZF: gzip members of at most 64 KiB with the <c>BC</c> extra field, ending with the standard empty EOF block,
/// so bgzip, tabix, htslib and our <c>VcfReader</c> can read and index the output.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "BgzfWriter is the name htslib users know and the benchmarks call.")]
public sealed class BgzfWriter : Stream
{
    // bgzip's own block payload: leaves room for deflate's worst-case expansion inside the 64 KiB limit.
    private const int BlockPayload = 0xFF00;

    private static readonly byte[] s_eofBlock =
        [0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 0xff, 6, 0, 0x42, 0x43, 2, 0, 0x1b, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0];

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly CompressionLevel _level;
    private readonly byte[] _buffer = new byte[BlockPayload];
    private readonly MemoryStream _compressed = new(70_000);
    private int _length;
    private long _blockOffset;
    private bool _closed;

    /// <summary>Creates a writer over <paramref name="output"/>.</summary>
    public BgzfWriter(Stream output, CompressionLevel level = CompressionLevel.Fastest, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _level = level;
        _leaveOpen = leaveOpen;
    }

    /// <summary>The BGZF virtual offset of the next byte written (compressed block offset &lt;&lt; 16 | offset in block).</summary>
    public long VirtualOffset => (_blockOffset << 16) | (long)_length;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_closed, this);
        while (!buffer.IsEmpty)
        {
            var n = Math.Min(buffer.Length, BlockPayload - _length);
            buffer[..n].CopyTo(_buffer.AsSpan(_length));
            _length += n;
            buffer = buffer[n..];
            if (_length == BlockPayload)
            {
                FlushBlock();
            }
        }
    }

    /// <summary>Ends the current block, so the next write starts a new one (useful before an index entry).</summary>
    public override void Flush()
    {
        if (_length > 0)
        {
            FlushBlock();
        }

        _output.Flush();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_closed)
        {
            if (_length > 0)
            {
                FlushBlock();
            }

            _output.Write(s_eofBlock);
            _output.Flush();
            _closed = true;
            if (!_leaveOpen)
            {
                _output.Dispose();
            }

            _compressed.Dispose();
        }

        base.Dispose(disposing);
    }

    private void FlushBlock()
    {
        _compressed.SetLength(0);
        using (var deflate = new DeflateStream(_compressed, _level, leaveOpen: true))
        {
            deflate.Write(_buffer, 0, _length);
        }

        var payload = _compressed.GetBuffer().AsSpan(0, (int)_compressed.Length);
        var blockSize = 18 + payload.Length + 8;
        Span<byte> header = [0x1f, 0x8b, 8, 4, 0, 0, 0, 0, 0, 0xff, 6, 0, 0x42, 0x43, 2, 0, 0, 0];
        BinaryPrimitives.WriteUInt16LittleEndian(header[16..], (ushort)(blockSize - 1));
        Span<byte> footer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(footer, Crc32.Compute(_buffer.AsSpan(0, _length)));
        BinaryPrimitives.WriteInt32LittleEndian(footer[4..], _length);
        _output.Write(header);
        _output.Write(payload);
        _output.Write(footer);
        _blockOffset += blockSize;
        _length = 0;
    }
}

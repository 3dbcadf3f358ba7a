using System.Security.Cryptography;

namespace OmicsBridge.Lake.Encryption;

/// <summary>
/// Encrypts whatever is written to it into an envelope (<see cref="EnvelopeHeader"/>) on <c>output</c>, holding one
/// chunk of plaintext at a time, so a file of any size is encrypted in bounded memory. A full chunk is sealed only once
/// more bytes arrive, because until then it may be the last; disposing seals the last chunk, so the envelope is
/// complete only after <see cref="Stream.Dispose()"/>.
/// </summary>
public sealed class EnvelopeWriteStream : Stream
{
    public const int DefaultChunkSize = 1 << 20;

    private readonly Stream _output;
    private readonly bool _leaveOpen;
    private readonly EnvelopeHeader _header;
    private readonly AesGcm _aes;
    private readonly byte[] _plain;
    private readonly byte[] _sealed;
    private int _filled;
    private long _chunk;
    private bool _disposed;

    public EnvelopeWriteStream(Stream output, DataKey key, int chunkSize = DefaultChunkSize, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(key);
        _header = new EnvelopeHeader(key.Id, chunkSize, RandomNumberGenerator.GetBytes(EnvelopeHeader.NoncePrefixSize));
        _output = output;
        _leaveOpen = leaveOpen;
        _aes = new AesGcm(key.Key, EnvelopeHeader.TagSize);
        _plain = new byte[chunkSize];
        _sealed = new byte[chunkSize + EnvelopeHeader.TagSize];
        output.Write(_header.Bytes);
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => !_disposed;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        while (!buffer.IsEmpty)
        {
            if (_filled == _plain.Length)
            {
                Seal(final: false);
            }

            var n = Math.Min(buffer.Length, _plain.Length - _filled);
            buffer[..n].CopyTo(_plain.AsSpan(_filled));
            _filled += n;
            buffer = buffer[n..];
        }
    }

    /// <summary>Flushes the sealed chunks; the chunk being filled stays in memory, as it cannot be sealed before it is full or last.</summary>
    public override void Flush() => _output.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing && !_disposed)
        {
            _disposed = true;
            try
            {
                Seal(final: true);
                _output.Flush();
            }
            finally
            {
                CryptographicOperations.ZeroMemory(_plain);
                _aes.Dispose();
                if (!_leaveOpen)
                {
                    _output.Dispose();
                }
            }
        }

        base.Dispose(disposing);
    }

    private void Seal(bool final)
    {
        if (_chunk > uint.MaxValue)
        {
            throw new IOException("The file is too large for one envelope: its chunk counter would wrap and repeat a nonce.");
        }

        Span<byte> nonce = stackalloc byte[EnvelopeHeader.NonceSize];
        _header.Nonce(_chunk, nonce);
        _aes.Encrypt(nonce, _plain.AsSpan(0, _filled), _sealed.AsSpan(0, _filled), _sealed.AsSpan(_filled, EnvelopeHeader.TagSize),
            _header.AssociatedData(final));
        _output.Write(_sealed, 0, _filled + EnvelopeHeader.TagSize);
        _chunk++;
        _filled = 0;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Lake.Encryption;

/// <summary>
/// The plaintext of an envelope (<see cref="EnvelopeHeader"/>), decrypted and authenticated a chunk at a time as it is
/// read: bounded memory whatever the file's size. A chunk that fails authentication is an error naming the file, the
/// chunk and its byte offset; no byte of it is returned.
/// </summary>
/// <remarks>
/// The envelope must be seekable (a file): its length says which chunk is the last, which is how truncation at a chunk
/// boundary and appended data are caught. That also makes this stream seekable, so readers that peek at a file's first
/// bytes and rewind (gzip detection) or read its tail (the gzip trailer check) work as on the plain file.
/// </remarks>
public sealed class EnvelopeReadStream : Stream
{
    private readonly Stream _input;
    private readonly string _name;
    private readonly EnvelopeHeader _header;
    private readonly AesGcm _aes;
    private readonly long _chunks;
    private readonly int _lastSealedLength;
    private readonly byte[] _plain;
    private readonly byte[] _sealed;
    private long _loaded = -1;
    private int _loadedLength;
    private long _position;

    /// <param name="envelope">The encrypted file, positioned at its start; the reader owns it.</param>
    /// <param name="name">The file as errors name it.</param>
    /// <param name="keys">The key ring holding the data key the header names.</param>
    public EnvelopeReadStream(Stream envelope, string name, DataKeyRing keys)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(keys);
        if (!envelope.CanSeek)
        {
            throw new ArgumentException("An envelope is read from a seekable stream: its length tells which chunk is the last.", nameof(envelope));
        }

        _input = envelope;
        _name = name;
        _header = EnvelopeHeader.Read(envelope, name);
        var stride = Stride;
        var body = envelope.Length - _header.Length;
        _chunks = Math.Max(1, (body + stride - 1) / stride);
        var last = body - ((_chunks - 1) * stride);
        if (last < EnvelopeHeader.TagSize)
        {
            throw Broken(_chunks - 1, string.Create(CultureInfo.InvariantCulture,
                $"is {last} bytes, shorter than its authentication tag: the file was truncated, or bytes were appended"));
        }

        if (_chunks - 1 > uint.MaxValue)
        {
            throw Broken(uint.MaxValue + 1L, "is beyond the chunk counter's range: bytes were appended");
        }

        _lastSealedLength = (int)last;
        Length = ((_chunks - 1) * _header.ChunkSize) + last - EnvelopeHeader.TagSize;
        _aes = new AesGcm(DataKeyOf(keys).Key, EnvelopeHeader.TagSize);
        _plain = new byte[_header.ChunkSize];
        _sealed = new byte[_header.ChunkSize + EnvelopeHeader.TagSize];
    }

    /// <summary>The id of the data key the envelope was written with.</summary>
    public string KeyId => _header.KeyId;

    public override bool CanRead => true;

    public override bool CanSeek => true;

    public override bool CanWrite => false;

    /// <summary>The plaintext's length.</summary>
    public override long Length { get; }

    public override long Position
    {
        get => _position;
        set
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            _position = value;
        }
    }

    private long Stride => (long)_header.ChunkSize + EnvelopeHeader.TagSize;

    /// <summary>Opens the envelope at <paramref name="path"/>, named by its path in errors.</summary>
    public static EnvelopeReadStream Open(string path, DataKeyRing keys)
    {
        var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            return new EnvelopeReadStream(file, path, keys);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty || _position >= Length)
        {
            return 0;
        }

        var chunk = _position / _header.ChunkSize;
        if (chunk != _loaded)
        {
            Load(chunk);
        }

        var within = (int)(_position - (chunk * _header.ChunkSize));
        var n = Math.Min(buffer.Length, _loadedLength - within);
        _plain.AsSpan(within, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => _position + offset,
            SeekOrigin.End => Length + offset,
            _ => throw new ArgumentOutOfRangeException(nameof(origin)),
        };
        return _position;
    }

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            CryptographicOperations.ZeroMemory(_plain);
            _aes.Dispose();
            _input.Dispose();
        }

        base.Dispose(disposing);
    }

    private DataKey DataKeyOf(DataKeyRing keys)
    {
        try
        {
            return keys.Get(_header.KeyId);
        }
        catch (OmicsBridgeException unusable)
        {
            throw new OmicsBridgeException(unusable.Kind, $"{_name}: {unusable.Message}", inner: unusable);
        }
    }

    private void Load(long chunk)
    {
        var final = chunk == _chunks - 1;
        var sealedLength = final ? _lastSealedLength : (int)Stride;
        _loaded = -1;
        _input.Position = _header.Length + (chunk * Stride);
        _input.ReadExactly(_sealed, 0, sealedLength);
        if (!TryOpen(chunk, sealedLength, final))
        {
            throw Broken(chunk, Diagnose(chunk, sealedLength, final));
        }

        _loaded = chunk;
        _loadedLength = sealedLength - EnvelopeHeader.TagSize;
    }

    private bool TryOpen(long chunk, int sealedLength, bool final)
    {
        var length = sealedLength - EnvelopeHeader.TagSize;
        Span<byte> nonce = stackalloc byte[EnvelopeHeader.NonceSize];
        _header.Nonce(chunk, nonce);
        try
        {
            _aes.Decrypt(nonce, _sealed.AsSpan(0, length), _sealed.AsSpan(length, EnvelopeHeader.TagSize), _plain.AsSpan(0, length),
                _header.AssociatedData(final));
            return true;
        }
        catch (AuthenticationTagMismatchException)
        {
            return false;
        }
    }

    /// <summary>Why a chunk failed: opening it with the other final flag tells truncation and appending apart from tampering.</summary>
    private string Diagnose(long chunk, int sealedLength, bool final)
    {
        var opensTheOtherWay = TryOpen(chunk, sealedLength, !final);
        CryptographicOperations.ZeroMemory(_plain);
        return (opensTheOtherWay, final) switch
        {
            (true, true) => "was not written as the file's last chunk, yet the file ends after it: the file was truncated",
            (true, false) => "was written as the file's last chunk, yet bytes follow it: data was appended",
            _ => "does not authenticate: its bytes were altered, chunks were removed, swapped or cut short, or the header was changed",
        };
    }

    private OmicsBridgeException Broken(long chunk, string why) =>
        OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
            $"{_name}: encrypted chunk {chunk} (byte offset {_header.Length + (chunk * Stride)}) {why}."));
}

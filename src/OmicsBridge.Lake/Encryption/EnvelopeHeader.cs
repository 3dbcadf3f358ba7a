using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Lake.Encryption;

/// <summary>
/// The header of an envelope: a whole file encrypted in fixed-size chunks with AES-256-GCM (<see cref="EnvelopeWriteStream"/>,
/// <see cref="EnvelopeReadStream"/>). It says how to open the file, and every chunk authenticates it.
/// </summary>
/// <remarks>
/// Layout (integers big-endian): magic <c>OBENVLP</c> (7 bytes), format version (1), plaintext chunk size (4), random
/// nonce prefix (8), key id length (1), data key id (ASCII). Then chunk i = ciphertext ‖ 16-byte tag, sealed with
/// nonce = prefix ‖ uint32(i) and associated data = header ‖ final flag (1 on the file's last chunk, else 0). The
/// counter in the nonce detects reordered or removed chunks, the final flag truncation at a chunk boundary and
/// appended chunks, the header in the associated data any change to the header. Every chunk but the last holds exactly
/// the chunk size; an empty file is one empty final chunk. The 64-bit random prefix keeps nonces of different files
/// under one data key apart: a repeat is expected only after some 2^32 files.
/// </remarks>
internal sealed class EnvelopeHeader
{
    public const byte FormatVersion = 1;
    public const int TagSize = 16;
    public const int NonceSize = 12;
    public const int NoncePrefixSize = 8;

    /// <summary>The largest chunk a reader accepts: a reader holds one chunk, so a header must not make it hold more.</summary>
    public const int MaxChunkSize = 64 << 20;

    private const int FixedSize = 7 + 1 + 4 + NoncePrefixSize + 1;

    private readonly byte[] _bytes;
    private readonly byte[] _noncePrefix;
    private readonly byte[] _middleChunkData;
    private readonly byte[] _finalChunkData;

    public EnvelopeHeader(string keyId, int chunkSize, byte[] noncePrefix)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keyId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunkSize, MaxChunkSize);
        ArgumentNullException.ThrowIfNull(noncePrefix);
        ArgumentOutOfRangeException.ThrowIfNotEqual(noncePrefix.Length, NoncePrefixSize);
        if (keyId.Length > byte.MaxValue || !Ascii.IsValid(keyId))
        {
            throw new ArgumentException($"A data key id in an envelope header is ASCII and at most 255 characters: '{keyId}'.", nameof(keyId));
        }

        KeyId = keyId;
        ChunkSize = chunkSize;
        _noncePrefix = noncePrefix;
        _bytes = new byte[FixedSize + keyId.Length];
        Magic.CopyTo(_bytes);
        _bytes[7] = FormatVersion;
        BinaryPrimitives.WriteInt32BigEndian(_bytes.AsSpan(8), chunkSize);
        noncePrefix.CopyTo(_bytes.AsSpan(12));
        _bytes[FixedSize - 1] = (byte)keyId.Length;
        Encoding.ASCII.GetBytes(keyId, _bytes.AsSpan(FixedSize));
        _middleChunkData = [.. _bytes, 0];
        _finalChunkData = [.. _bytes, 1];
    }

    public string KeyId { get; }

    public int ChunkSize { get; }

    /// <summary>The header's size in bytes: where chunk 0 starts.</summary>
    public int Length => _bytes.Length;

    public ReadOnlySpan<byte> Bytes => _bytes;

    private static ReadOnlySpan<byte> Magic => "OBENVLP"u8;

    /// <summary>Whether <paramref name="path"/> starts like an envelope (a landed file written before encryption does not).</summary>
    public static bool IsEnvelope(string path)
    {
        Span<byte> head = stackalloc byte[7];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(Magic);
    }

    /// <summary>Reads and checks the header at the start of <paramref name="input"/>; <paramref name="name"/> names the file in errors.</summary>
    public static EnvelopeHeader Read(Stream input, string name)
    {
        ArgumentNullException.ThrowIfNull(input);
        Span<byte> head = stackalloc byte[FixedSize];
        var read = input.ReadAtLeast(head, FixedSize, throwOnEndOfStream: false);
        if (read < Magic.Length || !head[..Magic.Length].SequenceEqual(Magic))
        {
            throw OmicsBridgeException.InvalidInput($"{name}: not an encrypted envelope (no OBENVLP magic at byte 0): it was written before encryption at rest, or replaced.");
        }

        if (read < FixedSize)
        {
            throw OmicsBridgeException.InvalidInput($"{name}: the envelope header is cut short ({read} bytes): the file was truncated.");
        }

        if (head[7] != FormatVersion)
        {
            throw OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
                $"{name}: envelope format version {head[7]} (byte offset 7); this build reads version {FormatVersion}."));
        }

        var chunkSize = BinaryPrimitives.ReadInt32BigEndian(head[8..]);
        if (chunkSize is <= 0 or > MaxChunkSize)
        {
            throw OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
                $"{name}: envelope chunk size {chunkSize} (byte offset 8) is outside 1…{MaxChunkSize}: the header was altered."));
        }

        var keyId = new byte[head[FixedSize - 1]];
        if (keyId.Length == 0 || input.ReadAtLeast(keyId, keyId.Length, throwOnEndOfStream: false) < keyId.Length || !Ascii.IsValid(keyId))
        {
            throw OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
                $"{name}: the envelope header's data key id (byte offset {FixedSize}) is missing or not ASCII: the header was altered or truncated."));
        }

        return new EnvelopeHeader(Encoding.ASCII.GetString(keyId), chunkSize, head.Slice(12, NoncePrefixSize).ToArray());
    }

    /// <summary>The nonce of chunk <paramref name="chunk"/>: the file's prefix, then the chunk counter.</summary>
    public void Nonce(long chunk, Span<byte> nonce)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(chunk);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(chunk, uint.MaxValue);
        _noncePrefix.CopyTo(nonce);
        BinaryPrimitives.WriteUInt32BigEndian(nonce[NoncePrefixSize..], (uint)chunk);
    }

    /// <summary>What a chunk authenticates besides its bytes: the whole header and whether it is the file's last chunk.</summary>
    public ReadOnlySpan<byte> AssociatedData(bool final) => final ? _finalChunkData : _middleChunkData;
}

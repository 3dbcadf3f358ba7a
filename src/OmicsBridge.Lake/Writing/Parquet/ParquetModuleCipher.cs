using System.Buffers.Binary;
using System.Security.Cryptography;

namespace OmicsBridge.Lake.Writing.Parquet;

/// <summary>
/// Encrypts Parquet modules (page headers, pages, the footer) with AES-GCM as DuckDB writes and reads them: a 4-byte
/// length, a 12-byte nonce, the ciphertext and the 16-byte tag.
/// </summary>
/// <remarks>
/// Parquet Modular Encryption also binds each module to its place in the file through additional authenticated data;
/// DuckDB 1.5 writes and checks none, and it is the engine that reads these files, so none is used here either. Nonces
/// come from the OS's cryptographic generator.
/// </remarks>
internal sealed class ParquetModuleCipher(byte[] key) : IDisposable
{
    public const int Overhead = LengthBytes + NonceBytes + TagBytes;
    private const int LengthBytes = 4;
    private const int NonceBytes = 12;
    private const int TagBytes = 16;

    private readonly AesGcm _aes = new(key, TagBytes);
    private byte[] _frame = new byte[1 << 16];

    /// <summary>Writes <paramref name="plaintext"/> as one encrypted module; returns the bytes written.</summary>
    public int Write(ReadOnlySpan<byte> plaintext, Stream output)
    {
        var total = Overhead + plaintext.Length;
        if (_frame.Length < total)
        {
            _frame = new byte[Math.Max(total, _frame.Length * 2)];
        }

        var frame = _frame.AsSpan(0, total);
        BinaryPrimitives.WriteInt32LittleEndian(frame, total - LengthBytes);
        var nonce = frame.Slice(LengthBytes, NonceBytes);
        RandomNumberGenerator.Fill(nonce);
        _aes.Encrypt(nonce, plaintext, frame.Slice(LengthBytes + NonceBytes, plaintext.Length), frame[^TagBytes..]);
        output.Write(frame);
        return total;
    }

    public void Dispose() => _aes.Dispose();
}

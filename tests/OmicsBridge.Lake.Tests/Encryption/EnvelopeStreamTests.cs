using System.Security.Cryptography;
using System.Text;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Testing;

namespace OmicsBridge.Lake.Tests.Encryption;

public sealed class EnvelopeStreamTests : IDisposable
{
    private const int Chunk = 64;
    private const int Sealed = Chunk + 16;
    private const string Name = "landing/sha256/ab/abc";

    private readonly TempDirectory _temp = new("ob-envelope");
    private readonly DataKeyRing _keys;

    public EnvelopeStreamTests() => _keys = DataKeyRing.Local(_temp.Combine("keys"));

    public static TheoryData<int> Sizes => new() { 0, 1, Chunk - 1, Chunk, Chunk + 1, 2 * Chunk, (3 * Chunk) + 5 };

    [Theory]
    [MemberData(nameof(Sizes))]
    public void RoundTrip_AnySize_GivesTheBytesBack(int size)
    {
        var plain = RandomNumberGenerator.GetBytes(size);

        var envelope = Seal(plain);

        Assert.Equal(plain, Open(envelope));
        Assert.Equal(HeaderLength + (Math.Max(1, (size + Chunk - 1) / Chunk) * 16) + size, envelope.Length);
    }

    [Theory]
    [InlineData(EnvelopeWriteStream.DefaultChunkSize)]
    [InlineData((2 * EnvelopeWriteStream.DefaultChunkSize) + 3)]
    public void RoundTrip_DefaultChunkSize_OneChunkAndMany(int size)
    {
        var plain = RandomNumberGenerator.GetBytes(size);
        using var output = new MemoryStream();
        using (var writer = new EnvelopeWriteStream(output, _keys.ForScope("landing"), leaveOpen: true))
        {
            // Odd write sizes: chunks must not depend on how the caller slices its writes.
            for (var at = 0; at < size; at += 100_003)
            {
                writer.Write(plain, at, Math.Min(100_003, size - at));
            }
        }

        Assert.Equal(plain, Open(output.ToArray()));
    }

    [Fact]
    public void Seal_Ciphertext_HoldsNoPlaintextAndDiffersEachTime()
    {
        var plain = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("CANARY-MRN-4242 ", 40)));

        var one = Seal(plain);
        var two = Seal(plain);

        Assert.Equal(-1, one.AsSpan().IndexOf("CANARY"u8));
        Assert.NotEqual(one, two);
    }

    [Fact]
    public void Read_SeekAndReadTail_ThenRewind_LikeAPlainFile()
    {
        var plain = RandomNumberGenerator.GetBytes((4 * Chunk) + 10);
        using var reader = new EnvelopeReadStream(new MemoryStream(Seal(plain)), Name, _keys);
        var tail = new byte[28];

        reader.Seek(-28, SeekOrigin.End);
        reader.ReadExactly(tail);
        reader.Position = 0;
        var all = new byte[plain.Length];
        reader.ReadExactly(all);

        Assert.Equal(plain.Length, reader.Length);
        Assert.Equal(plain[^28..], tail);
        Assert.Equal(plain, all);
        Assert.Equal(0, reader.Read(new byte[1]));
    }

    [Fact]
    public void Read_FlippedByteInAChunk_NamesTheFileAndTheChunk()
    {
        var envelope = Seal(RandomNumberGenerator.GetBytes(4 * Chunk));
        envelope[HeaderLength + (2 * Sealed) + 7] ^= 0x01;

        var error = Broken(envelope);

        Assert.Contains($"{Name}: encrypted chunk 2 (byte offset {HeaderLength + (2 * Sealed)}) does not authenticate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FlippedTagByte_IsDetected()
    {
        var envelope = Seal(RandomNumberGenerator.GetBytes(2 * Chunk));
        envelope[^1] ^= 0x80;

        Assert.Contains("encrypted chunk 1", Broken(envelope).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FlippedHeaderByte_FailsTheFirstChunk()
    {
        var envelope = Seal(RandomNumberGenerator.GetBytes(2 * Chunk));
        envelope[14] ^= 0x01; // in the nonce prefix

        Assert.Contains("encrypted chunk 0 ", Broken(envelope).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedAtAChunkBoundary_SaysTruncated()
    {
        var envelope = Seal(RandomNumberGenerator.GetBytes((3 * Chunk) + 5));

        var error = Broken(envelope[..(HeaderLength + (3 * Sealed))]);

        Assert.Contains("encrypted chunk 2 ", error.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TruncatedInsideAChunk_NamesTheChunk()
    {
        var envelope = Seal(RandomNumberGenerator.GetBytes(3 * Chunk));

        Assert.Contains("encrypted chunk 2 ", Broken(envelope[..^10]).Message, StringComparison.Ordinal);
        Assert.Contains("encrypted chunk 0 ", Broken(envelope[..HeaderLength]).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RemovedChunk_NamesWhereItWas()
    {
        var envelope = Seal(RandomNumberGenerator.GetBytes(4 * Chunk));
        var removed = Splice(envelope, (1, Array.Empty<byte>()));

        var error = Broken(removed);

        Assert.Contains($"encrypted chunk 1 (byte offset {HeaderLength + Sealed})", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SwappedChunks_NamesTheFirst()
    {
        var envelope = Seal(RandomNumberGenerator.GetBytes(4 * Chunk));
        var swapped = Splice(envelope, (1, ChunkAt(envelope, 2)), (2, ChunkAt(envelope, 1)));

        Assert.Contains("encrypted chunk 1 ", Broken(swapped).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AppendedChunk_SaysAppended()
    {
        var envelope = Seal(RandomNumberGenerator.GetBytes(2 * Chunk));
        var appended = envelope.Concat(ChunkAt(envelope, 0)).ToArray();

        var error = Broken(appended);

        Assert.Contains("encrypted chunk 1 ", error.Message, StringComparison.Ordinal);
        Assert.Contains("appended", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_NotAnEnvelope_SaysSo()
    {
        var error = Assert.Throws<OmicsBridgeException>(() => new EnvelopeReadStream(new MemoryStream("sample_id\nS1\n"u8.ToArray()), Name, _keys));

        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        Assert.Contains($"{Name}: not an encrypted envelope", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_KeyRingWithoutItsDataKey_NamesTheFile()
    {
        var envelope = Seal([1, 2, 3]);
        using var other = new TempDirectory("ob-envelope-other");

        var error = Assert.Throws<OmicsBridgeException>(() => new EnvelopeReadStream(new MemoryStream(envelope), Name, DataKeyRing.Local(other.Combine("keys"))));

        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.StartsWith($"{Name}: Data key dk-", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_AlteredKeyIdInTheHeader_NamesTheFile()
    {
        var envelope = Seal([1, 2, 3]);
        envelope[21] = (byte)'x'; // "dk-…" becomes "xk-…"

        var error = Assert.Throws<OmicsBridgeException>(() => new EnvelopeReadStream(new MemoryStream(envelope), Name, _keys));

        Assert.StartsWith($"{Name}: ", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _temp.Dispose();

    private int HeaderLength => 21 + _keys.ForScope("landing").Id.Length;

    private byte[] Seal(byte[] plain)
    {
        using var output = new MemoryStream();
        using (var writer = new EnvelopeWriteStream(output, _keys.ForScope("landing"), Chunk, leaveOpen: true))
        {
            writer.Write(plain);
        }

        return output.ToArray();
    }

    private byte[] Open(byte[] envelope)
    {
        using var reader = new EnvelopeReadStream(new MemoryStream(envelope), Name, _keys);
        using var plain = new MemoryStream();
        reader.CopyTo(plain);
        return plain.ToArray();
    }

    private OmicsBridgeException Broken(byte[] envelope)
    {
        var error = Assert.Throws<OmicsBridgeException>(() => Open(envelope));
        Assert.Equal(ErrorKind.InvalidInput, error.Kind);
        return error;
    }

    private byte[] ChunkAt(byte[] envelope, int chunk) => envelope.AsSpan(HeaderLength + (chunk * Sealed), Sealed).ToArray();

    /// <summary>The envelope with whole (full-size) chunks replaced: by other bytes, or by nothing to remove them.</summary>
    private byte[] Splice(byte[] envelope, params (int Chunk, byte[] With)[] replacements)
    {
        using var output = new MemoryStream();
        output.Write(envelope, 0, HeaderLength);
        var chunks = (envelope.Length - HeaderLength + Sealed - 1) / Sealed;
        for (var i = 0; i < chunks; i++)
        {
            var start = HeaderLength + (i * Sealed);
            var replacement = replacements.Where(r => r.Chunk == i).Select(r => r.With).FirstOrDefault();
            output.Write(replacement ?? envelope[start..Math.Min(envelope.Length, start + Sealed)]);
        }

        return output.ToArray();
    }
}

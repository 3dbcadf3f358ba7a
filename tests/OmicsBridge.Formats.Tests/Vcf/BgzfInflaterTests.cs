using System.Buffers.Binary;
using System.IO.Compression;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Vcf;
using OmicsBridge.Formats.Vcf.Bgzf;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Vcf;

/// <summary>
/// The BGZF reader's two inflaters (libdeflate where the system has it, .NET's zlib otherwise) give the same bytes and
/// reject the same broken blocks. The libdeflate cases run where libdeflate.so.0 loads (CI installs it).
/// </summary>
public sealed class BgzfInflaterTests
{
    public static TheoryData<bool> Inflaters()
    {
        var data = new TheoryData<bool> { false };
        if (LibDeflate.IsAvailable)
        {
            data.Add(true);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Inflaters))]
    public void Read_BgzipFileFromHtslib_GivesTheBytesGzipGives(bool useLibDeflate)
    {
        var compressed = File.ReadAllBytes(TestData.Fixture("vcf/region.vcf.gz"));

        var inflated = ReadAll(compressed, useLibDeflate);

        using var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var expected = new MemoryStream();
        gzip.CopyTo(expected);
        Assert.Equal(expected.ToArray(), inflated);
    }

    [Theory]
    [MemberData(nameof(Inflaters))]
    public void Read_BlockWithCorruptDeflateData_IsFatal(bool useLibDeflate)
    {
        var blocks = Compress(5);
        // A stored byte run in the middle of the second block's DEFLATE data is overwritten with bytes that are no
        // valid Huffman code sequence for the block's tables.
        var second = BlockStart(blocks, 1);
        blocks.AsSpan(second + 30, 40).Fill(0xFF);

        var issue = ReadFails(blocks, useLibDeflate);

        Assert.Equal((VcfIssueCodes.TruncatedCompression, IssueSeverity.Fatal), (issue.Code, issue.Severity));
    }

    [Theory]
    [MemberData(nameof(Inflaters))]
    public void Read_BlockWhoseTrailerStatesAnotherSize_IsFatal(bool useLibDeflate)
    {
        var blocks = Compress(3);
        var first = BlockStart(blocks, 0);
        var size = BinaryPrimitives.ReadUInt16LittleEndian(blocks.AsSpan(first + 16)) + 1;
        var isize = blocks.AsSpan(first + size - 4, 4);
        BinaryPrimitives.WriteInt32LittleEndian(isize, BinaryPrimitives.ReadInt32LittleEndian(isize) + 1);

        var issue = ReadFails(blocks, useLibDeflate);

        Assert.Contains("does not inflate to", issue.Message, StringComparison.Ordinal);
    }

    private static byte[] ReadAll(byte[] compressed, bool useLibDeflate)
    {
        using var reader = new BgzfReader(new MemoryStream(compressed), "test.vcf.gz", useLibDeflate);
        using var output = new MemoryStream();
        reader.CopyTo(output);
        return output.ToArray();
    }

    private static ParseIssue ReadFails(byte[] compressed, bool useLibDeflate)
    {
        var ex = Assert.Throws<OmicsBridgeException>(() => ReadAll(compressed, useLibDeflate));
        return Assert.Single(ex.Issues);
    }

    // Several BGZF blocks of VCF-like text (BgzfWriter cuts blocks at 64 KiB of input).
    private static byte[] Compress(int blocks)
    {
        var line = "chr1\t12345\t.\tA\tG\t50\tPASS\tAC=3;AN=10\tGT:DP\t0/1:12\t0/0:30\t1/1:7\n"u8.ToArray();
        using var compressed = new MemoryStream();
        using (var writer = new BgzfWriter(compressed, leaveOpen: true))
        {
            for (var written = 0; written < blocks * 65_000; written += line.Length)
            {
                writer.Write(line);
            }
        }

        return compressed.ToArray();
    }

    private static int BlockStart(byte[] file, int block)
    {
        var offset = 0;
        for (var i = 0; i < block; i++)
        {
            offset += BinaryPrimitives.ReadUInt16LittleEndian(file.AsSpan(offset + 16)) + 1;
        }

        return offset;
    }
}

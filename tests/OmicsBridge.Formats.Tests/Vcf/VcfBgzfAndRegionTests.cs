using System.IO.Compression;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Vcf;
using OmicsBridge.Formats.Vcf.Bgzf;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Vcf;

public sealed class VcfBgzfAndRegionTests
{
    private static List<string?> Ids(string path, VcfReaderOptions? options = null)
    {
        using var reader = VcfReader.Open(path, options);
        var ids = new List<string?>();
        while (reader.Read())
        {
            ids.Add(reader.Current.Id);
        }

        return ids;
    }

    [Fact]
    public void Read_BgzipFileFromHtslib_ReadsAllRecordsAcrossBlocks()
    {
        var ids = Ids(TestData.Fixture("vcf/region.vcf.gz"));
        Assert.Equal(3005, ids.Count);
        Assert.Equal("variant_00000", ids[0]);
        Assert.Equal("w4", ids[^1]);
    }

    // Expected ids from: bcftools view -H -r REGION tests/data/vcf/region.vcf.gz | cut -f3 (bcftools 1.16)
    [Theory]
    [InlineData("region.vcf.gz", "chr1:1000000-1010000", 2109, 25)]
    [InlineData("region_csi.vcf.gz", "chr1:1000000-1010000", 2109, 25)]
    [InlineData("region.vcf.gz", "chr1:1-100", 0, 0)]
    [InlineData("region.vcf.gz", "chr3:1-10", 0, 0)]
    public void Read_RegionWithIndex_ReturnsOverlappingRecords(string file, string region, int firstVariant, int count)
    {
        var ids = Ids(TestData.Fixture("vcf/" + file), new VcfReaderOptions { Region = region });
        Assert.Equal(Enumerable.Range(firstVariant, count).Select(i => "variant_" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)), ids);
    }

    [Fact]
    public void Read_RegionOfAStream_UsesTheIndexGivenAndNeedsOne()
    {
        var path = TestData.Fixture("vcf/region.vcf.gz");
        using (var reader = VcfReader.Open(new MemoryStream(File.ReadAllBytes(path)), "copy.vcf.gz",
            new VcfReaderOptions { Region = "chr1:20000-21000", IndexPath = path + ".tbi" }))
        {
            var ids = new List<string?>();
            while (reader.Read())
            {
                ids.Add(reader.Current.Id);
            }

            Assert.Equal(["variant_00040", "variant_00041"], ids);
        }

        var ex = Assert.Throws<OmicsBridgeException>(() => VcfReader.Open(new MemoryStream(File.ReadAllBytes(path)), "copy.vcf.gz", new VcfReaderOptions { Region = "chr1:1-2" }));
        Assert.Contains("copy.vcf.gz", ex.Message, StringComparison.Ordinal);
        Assert.Contains("index", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RegionOverlappedBySymbolicDeletion_IncludesItByEnd()
    {
        // variant_00040 is <DEL> at 19960 with END=24960: it overlaps 20000-21000.
        Assert.Equal(["variant_00040", "variant_00041"], Ids(TestData.Fixture("vcf/region.vcf.gz"), new VcfReaderOptions { Region = "chr1:20000-21000" }));
    }

    [Fact]
    public void Read_RegionWithChrAlias_FindsContig()
    {
        Assert.Equal(["w2"], Ids(TestData.Fixture("vcf/region.vcf.gz"), new VcfReaderOptions { Region = "2:115-125" }));
    }

    [Fact]
    public void Read_RegionOnPlainFile_IsUsageError()
    {
        var ex = Assert.Throws<OmicsBridgeException>(() => VcfReader.Open(TestData.Shared("vcf/hts-specs/examples/simple.vcf"), new VcfReaderOptions { Region = "20:1-2" }));
        Assert.Equal(ErrorKind.Usage, ex.Kind);
    }

    [Fact]
    public void BgzfWriter_RoundTrip_ReadsBackAndGzipAgrees()
    {
        var text = File.ReadAllBytes(TestData.Shared("vcf/hts-specs/4.2/passed/complexfile_passed_000.vcf"));
        using var compressed = new MemoryStream();
        using (var writer = new BgzfWriter(compressed, leaveOpen: true))
        {
            writer.Write(text);
        }

        compressed.Position = 0;
        using (var gzip = new GZipStream(new MemoryStream(compressed.ToArray()), CompressionMode.Decompress))
        using (var plain = new MemoryStream())
        {
            gzip.CopyTo(plain);
            Assert.Equal(text, plain.ToArray());
        }

        using var reader = VcfReader.Open(compressed, "complexfile.vcf.gz");
        var records = 0;
        while (reader.Read())
        {
            records++;
        }

        Assert.Equal(File.ReadLines(TestData.Shared("vcf/hts-specs/4.2/passed/complexfile_passed_000.vcf")).Count(l => !l.StartsWith('#')), records);
        Assert.DoesNotContain(reader.Issues, i => i.Code == VcfIssueCodes.MissingEofMarker);
    }

    [Fact]
    public void Read_TruncatedBgzf_IsFatal()
    {
        var text = File.ReadAllBytes(TestData.Shared("vcf/hts-specs/4.2/passed/complexfile_passed_000.vcf"));
        using var compressed = new MemoryStream();
        using (var writer = new BgzfWriter(compressed, leaveOpen: true))
        {
            writer.Write(text);
        }

        var cut = compressed.ToArray().AsSpan(0, (int)(compressed.Length * 2 / 3)).ToArray();
        var ex = Assert.Throws<OmicsBridgeException>(() =>
        {
            using var reader = VcfReader.Open(new MemoryStream(cut), "cut.vcf.gz");
            while (reader.Read())
            {
            }
        });
        var issue = Assert.Single(ex.Issues);
        Assert.Equal((VcfIssueCodes.TruncatedCompression, IssueSeverity.Fatal, "cut.vcf.gz"), (issue.Code, issue.Severity, issue.File));
    }

    [Fact]
    public void Read_PlainGzip_IsDetected()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(File.ReadAllBytes(TestData.Shared("vcf/hts-specs/examples/simple.vcf")));
        }

        compressed.Position = 0;
        using var reader = VcfReader.Open(compressed, "simple.vcf.gz");
        var count = 0;
        while (reader.Read())
        {
            count++;
        }

        Assert.Equal(5, count);
    }
}

using System.Text;
using OmicsBridge.Formats.Vcf;

namespace OmicsBridge.Formats.Tests.Vcf;

public sealed class VcfNonHomRefSelectionTests
{
    private const string Header = "##fileformat=VCFv4.3\n"
        + "##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
        + "##FORMAT=<ID=DP,Number=1,Type=Integer,Description=\"Depth\">\n"
        + "##FORMAT=<ID=GQ,Number=1,Type=Integer,Description=\"Quality\">\n"
        + "##FORMAT=<ID=AD,Number=R,Type=Integer,Description=\"Allele depths\">\n"
        + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tS0\tS1\tS2\tS3\tS4\tS5\tS6\tS7\tS8\n";

    [Theory]
    // GT first: diploid hom-ref calls take the decoder's shortcut, the rest are decoded in full.
    [InlineData("GT:DP:GQ", "0/0:10:99\t0|0:11:99\t0/1:12:40\t0/2:13:41\t2/2:14:42\t./.:.:.\t0:15:99\t0/0\t1|2:16:43")]
    // With AD (its count is checked) every sample is decoded in full.
    [InlineData("GT:DP:AD", "0/0:10:9,0,0\t0|0:11:9,0,0\t0/1:12:5,5,0\t0/2:13:5,0,5\t2/2:14:0,0,9\t./.:.:.\t0:15:9,0,0\t0/0\t1|2:16:0,4,4")]
    // GT alone (1000 Genomes' layout): hom-ref calls take the shortcut too.
    [InlineData("GT", "0/0\t0|0\t0/1\t0/2\t2/2\t./.\t0\t0/0\t1|2")]
    public void GetNonHomRefSamples_SplitAlleles_FollowBcftoolsNormAndCountHomRefPerSample(string format, string samples)
    {
        var text = Header + $"22\t100\t.\tA\tG,T\t.\tPASS\t.\t{format}\t{samples}\n";
        using var reader = VcfReader.Open(new MemoryStream(Encoding.ASCII.GetBytes(text)), "calls.vcf");
        Assert.True(reader.Read());
        Assert.Empty(reader.Issues);
        var calls = reader.Current.Genotypes;
        var homRef = new long[9];

        // After splitting, ALT 1 (G) sees 0/2 and 2/2 as hom-ref (their T becomes REF); ALT 2 (T) sees 0/1 so.
        var forG = calls.GetNonHomRefSamples(1, homRef).ToArray();
        Assert.Equal([2, 5, 8], forG);
        var forT = calls.GetNonHomRefSamples(2, homRef).ToArray();
        Assert.Equal([3, 4, 5, 8], forT);
        Assert.Equal([2, 2, 1, 1, 1, 0, 2, 2, 0], homRef);
        Assert.Equal([2, 3, 4, 5, 8], calls.GetNonHomRefSamples(0).ToArray());
        Assert.True(calls.IsPhased(1));
        int?[] depths = format == "GT" ? new int?[9] : [10, 11, 12, 13, 14, null, 15, null, 16];
        Assert.Equal(depths, Enumerable.Range(0, 9).Select(calls.GetDepth));
    }

    [Fact]
    public void HomRefRuns_AfterATriploidCall_KeepTwoAllelesEachAndThePhase()
    {
        // The first record's triploid call widens the per-sample allele slots to three; the second record's run of
        // hom-ref calls must fill two alleles per sample and pad the third, whatever the first record left there.
        var text = Header
            + "22\t100\t.\tA\tG\t.\tPASS\t.\tGT:DP:GQ\t0/1/1:9:9\t1/1:9:9\t1|0:9:9\t0/1:9:9\t1/1:9:9\t0/1:9:9\t1/1:9:9\t0/1:9:9\t1/1:9:9\n"
            + "22\t200\t.\tC\tT\t.\tPASS\t.\tGT:DP:GQ\t0/0:7:99\t0|0:8:99\t0/0:9:99\t0/1:10:40\t0/0:11:99\t0|0:12:99\t0/0:13:99\t0/0:14:99\t1/1:15:30\n";
        using var reader = VcfReader.Open(new MemoryStream(Encoding.ASCII.GetBytes(text)), "triploid.vcf");
        Assert.True(reader.Read());
        Assert.Equal(3, reader.Current.Genotypes.GetPloidy(0));
        Assert.True(reader.Read());
        Assert.Empty(reader.Issues);
        var calls = reader.Current.Genotypes;
        foreach (var sample in new[] { 0, 1, 2, 4, 5, 6, 7 })
        {
            Assert.Equal([0, 0], calls.GetAlleles(sample).ToArray());
            Assert.Equal(sample is 1 or 5, calls.IsPhased(sample));
            Assert.Equal(7 + sample, calls.GetDepth(sample));
        }

        Assert.Equal([3, 8], calls.GetNonHomRefSamples(0).ToArray());
        Assert.Equal([0, 1], calls.GetAlleles(3).ToArray());
    }

    [Fact]
    public void GetCallCode_EqualCodes_MeanTheSameSplitGenotypeAndZygosity()
    {
        // Calls of every kind on a site with two ALTs: phased and not, haploid, triploid, missing and partly missing.
        string[] gts = ["0/1", "1/0", "0|1", "1|0", "1/2", "2/1", "1|2", "0/2", "2/2", "1/1", "./1", "1/.", "./.", ".", "1", "2", "0",
            "0/0", "0|0", "|1", "0/1/2", "1/1/1", "2|2|1", "./2", "0/0/0"];
        var header = "##fileformat=VCFv4.4\n##FORMAT=<ID=GT,Number=1,Type=String,Description=\"Genotype\">\n"
            + "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t" + string.Join('\t', gts.Select((_, i) => "S" + i)) + "\n";
        var text = header + "22\t100\t.\tA\tG,T\t.\tPASS\t.\tGT\t" + string.Join('\t', gts) + "\n";
        using var reader = VcfReader.Open(new MemoryStream(Encoding.ASCII.GetBytes(text)), "codes.vcf");
        Assert.True(reader.Read());
        Assert.Empty(reader.Issues);
        var calls = reader.Current.Genotypes;

        foreach (var alt in new[] { 1, 2 })
        {
            var byCode = Enumerable.Range(0, gts.Length).GroupBy(s => calls.GetCallCode(s, alt));
            foreach (var group in byCode)
            {
                Assert.Single(group.Select(s => (calls.FormatGenotype(s, alt), calls.GetZygosity(s, alt))).Distinct());
            }
        }

        var columns = new int[gts.Length];
        calls.CopyCalls([.. Enumerable.Range(0, gts.Length)], 2, columns, new bool?[gts.Length], new int?[gts.Length], new int?[gts.Length]);
        Assert.Equal(Enumerable.Range(0, gts.Length).Select(s => calls.GetCallCode(s, 2)), columns);
    }

    [Fact]
    public void DepthAndQuality_OfALaterRecordWithoutThem_ReadAsMissing()
    {
        // The first record gives every sample DP and GQ; the second drops them (trailing fields, VCF 4.3 §1.6.2) or
        // has no DP in FORMAT, for hom-ref calls (decoded on demand) and others alike: nothing may carry over.
        var text = Header
            + "22\t100\t.\tA\tG\t.\tPASS\t.\tGT:DP:GQ\t0/0:7:99\t0/1:8:40\t1/1:9:30\t0/0:10:99\t0/1:11:50\t0|0:12:99\t1/1:13:20\t0/0:14:99\t0/1:15:60\n"
            + "22\t200\t.\tC\tT\t.\tPASS\t.\tGT:DP:GQ\t0/0\t0/1\t1/1:5\t0/0:6\t0/1:.:7\t0|0\t1/1\t0/0:8:9\t0/1:10:11\n"
            + "22\t300\t.\tG\tA\t.\tPASS\t.\tGT:GQ\t0/0:1\t0/1:2\t1/1:3\t0/0:4\t0/1:5\t0|0:6\t1/1:7\t0/0:8\t0/1:9\n";
        using var reader = VcfReader.Open(new MemoryStream(Encoding.ASCII.GetBytes(text)), "dropped.vcf");
        Assert.True(reader.Read());
        Assert.True(reader.Read());
        Assert.Empty(reader.Issues);
        var calls = reader.Current.Genotypes;
        Assert.Equal([null, null, 5, 6, null, null, null, 8, 10], Enumerable.Range(0, 9).Select(calls.GetDepth));
        Assert.Equal([null, null, null, null, 7, null, null, 9, 11], Enumerable.Range(0, 9).Select(calls.GetGenotypeQuality));

        Assert.True(reader.Read());
        calls = reader.Current.Genotypes;
        Assert.All(Enumerable.Range(0, 9), s => Assert.Null(calls.GetDepth(s)));
        Assert.Equal(Enumerable.Range(1, 9).Select(q => (int?)q), Enumerable.Range(0, 9).Select(calls.GetGenotypeQuality));
    }
}

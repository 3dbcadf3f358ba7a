using System.Text;
using OmicsBridge.Formats.Vcf;

namespace OmicsBridge.Formats.Tests.Vcf;

public sealed class SampleBoundariesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(33)]
    [InlineData(250)]
    public void Find_RandomSampleColumns_MatchesASplitOnTabs(int samples)
    {
        // Columns of 0–9 bytes from a small alphabet, half of them after a hom-ref-like start, put tabs and colons on
        // every offset of the 32-byte blocks and calls on both sides of the hom-ref test.
        var random = new Random(samples);
        string[] starts = ["", "0/0", "0|0", "0/0:", "0|0:", "0/1", "0/"];
        for (var round = 0; round < 50; round++)
        {
            var columns = Enumerable.Range(0, samples)
                .Select(_ => starts[random.Next(starts.Length)] + new string([.. Enumerable.Range(0, random.Next(6)).Select(_ => "0/1|.:9"[random.Next(7)])]))
                .ToArray();
            var prefix = new string('x', random.Next(40));
            var line = Encoding.ASCII.GetBytes(prefix + string.Join('\t', columns));
            var boundaries = new SampleBoundaries(samples);
            var maxColons = random.Next(4);

            var found = boundaries.Find(line, prefix.Length, line.Length, maxColons);

            Assert.Equal(samples, found);
            var start = prefix.Length;
            for (var s = 0; s < samples; s++)
            {
                Assert.Equal(start, boundaries.Start(s));
                Assert.Equal(start + columns[s].Length, boundaries.End(s));
                Assert.Equal(HomRefShape(columns[s], maxColons), boundaries.HomRefShapes[s]);
                start += columns[s].Length + 1;
            }
        }
    }

    [Fact]
    public void Find_MoreColumnsThanSamples_CountsThemAll()
    {
        var line = Encoding.ASCII.GetBytes(string.Join('\t', Enumerable.Repeat("0/0:12:99", 40)));
        var boundaries = new SampleBoundaries(3);

        Assert.Equal(40, boundaries.Find(line, 0, line.Length, 2));
        Assert.Equal(9, boundaries.End(0));
        Assert.Equal(SampleBoundaries.HomRefUnphased, boundaries.HomRefShapes[2]);
    }

    // The definition: "0/0" or "0|0", alone or before ':', and no more sub-fields than FORMAT.
    private static byte HomRefShape(string column, int maxColons)
    {
        var gt = column.Split(':')[0];
        return column.Count(c => c == ':') > maxColons ? SampleBoundaries.NotHomRef
            : gt == "0/0" ? SampleBoundaries.HomRefUnphased
            : gt == "0|0" ? SampleBoundaries.HomRefPhased
            : SampleBoundaries.NotHomRef;
    }
}

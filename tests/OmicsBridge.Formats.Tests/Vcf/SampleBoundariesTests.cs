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
        // Columns of 0–9 bytes from a small alphabet put tabs and colons on every offset of the 32-byte blocks.
        var random = new Random(samples);
        for (var round = 0; round < 50; round++)
        {
            var columns = Enumerable.Range(0, samples)
                .Select(_ => new string([.. Enumerable.Range(0, random.Next(10)).Select(_ => "0/1|.:9"[random.Next(7)])]))
                .ToArray();
            var prefix = new string('x', random.Next(40));
            var line = Encoding.ASCII.GetBytes(prefix + string.Join('\t', columns));
            var boundaries = new SampleBoundaries(samples);

            var found = boundaries.Find(line, prefix.Length, line.Length);

            Assert.Equal(samples, found);
            var start = prefix.Length;
            for (var s = 0; s < samples; s++)
            {
                Assert.Equal(start, boundaries.Start(s));
                Assert.Equal(start + columns[s].Length, boundaries.End(s));
                Assert.Equal(columns[s].Count(c => c == ':'), boundaries.Colons(s));
                start += columns[s].Length + 1;
            }
        }
    }

    [Fact]
    public void Find_MoreColumnsThanSamples_CountsThemAll()
    {
        var line = Encoding.ASCII.GetBytes(string.Join('\t', Enumerable.Repeat("0/0:12:99", 40)));
        var boundaries = new SampleBoundaries(3);

        Assert.Equal(40, boundaries.Find(line, 0, line.Length));
        Assert.Equal(9, boundaries.End(0));
        Assert.Equal(2, boundaries.Colons(2));
    }
}

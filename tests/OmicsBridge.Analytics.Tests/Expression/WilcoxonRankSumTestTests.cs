using System.Globalization;
using OmicsBridge.Analytics.Expression;
using OmicsBridge.Testing;
using static OmicsBridge.Analytics.Tests.Statistics.RelativeAssert;

namespace OmicsBridge.Analytics.Tests.Expression;

/// <summary>Against R 4.2.2 <c>wilcox.test(x, y)</c> (tests/data/statistics/make_reference.R).</summary>
public sealed class WilcoxonRankSumTestTests
{
    private static readonly double[] s_x = [5.1, 4.9, 6.2, 5.8, 6.0, 5.5];
    private static readonly double[] s_y = [6.8, 7.1, 6.0, 7.4, 6.9];

    [Fact]
    public void Test_NoTiesSmallSamples_UsesExactDistributionAsR()
    {
        var r = WilcoxonRankSumTest.Test([1.1, 2.3, 3.5, 4.2, 9.9], [3.9, 5.0, 6.1, 7.7, 8.2, 8.8]);
        Assert.True(r.Exact);
        Assert.Equal(7, r.Statistic);
        Close(0.17748917748917747, r.PValue, 1e-12);
    }

    [Fact]
    public void Test_TiesInSmallSample_UsesCorrectedNormalAsR()
    {
        var r = WilcoxonRankSumTest.Test(s_x, s_y);
        Assert.False(r.Exact);
        Assert.Equal(1.5, r.Statistic);
        Close(0.017365464062047385, r.PValue, 1e-9);
        var ties = WilcoxonRankSumTest.Test([1, 2, 2, 3, 5, 8, 8], [2, 4, 6, 8, 9, 9, 10, 12]);
        Assert.Equal(11, ties.Statistic);
        Close(0.054224898519599239, ties.PValue, 1e-9);
    }

    [Fact]
    public void Test_FiftyOrMoreValues_UsesNormalApproximationAsR()
    {
        var x = File.ReadAllLines(TestData.Fixture("statistics/wilcox_x60.txt")).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        var y = File.ReadAllLines(TestData.Fixture("statistics/wilcox_y55.txt")).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        var r = WilcoxonRankSumTest.Test(x, y);
        Assert.False(r.Exact);
        Assert.Equal(1363, r.Statistic);
        Close(0.10869376535742137, r.PValue, 1e-9);
    }
}

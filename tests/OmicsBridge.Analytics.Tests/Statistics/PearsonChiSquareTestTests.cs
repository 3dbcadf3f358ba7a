using OmicsBridge.Analytics.Statistics;
using static OmicsBridge.Analytics.Tests.Statistics.RelativeAssert;

namespace OmicsBridge.Analytics.Tests.Statistics;

/// <summary>Against R 4.2.2 <c>chisq.test</c>; tolerance 1e-10 relative.</summary>
public sealed class PearsonChiSquareTestTests
{
    private static readonly double[,] s_twoByTwo = { { 12, 5 }, { 7, 7 } };

    [Fact]
    public void Test_TwoByTwoWithYates_MatchesR()
    {
        // R: chisq.test(matrix(c(12,5,7,7), 2, byrow = TRUE))
        var r = PearsonChiSquareTest.Test(s_twoByTwo);
        Assert.True(r.YatesCorrected);
        Close(0.64112026389503174, r.Statistic, 1e-10);
        Assert.Equal(1, r.DegreesOfFreedom);
        Close(0.42330542432241836, r.PValue, 1e-10);
        Close(10.419354838709678, r.Expected[0, 0], 1e-12);
        Assert.Null(r.Warning);
    }

    [Fact]
    public void Test_TwoByTwoWithoutCorrection_MatchesR()
    {
        // R: chisq.test(matrix(c(12,5,7,7), 2, byrow = TRUE), correct = FALSE)
        var r = PearsonChiSquareTest.Test(s_twoByTwo, correct: false);
        Assert.False(r.YatesCorrected);
        Close(1.3716460268317854, r.Statistic, 1e-10);
        Close(0.24152927476368682, r.PValue, 1e-10);
    }

    [Fact]
    public void Test_ThreeByThree_NeverCorrectsAndMatchesR()
    {
        // R: chisq.test(matrix(c(20,15,30, 25,10,40, 5,12,8), 3, byrow = TRUE))
        var r = PearsonChiSquareTest.Test(new double[,] { { 20, 15, 30 }, { 25, 10, 40 }, { 5, 12, 8 } });
        Assert.False(r.YatesCorrected);
        Close(13.010245748707286, r.Statistic, 1e-10);
        Assert.Equal(4, r.DegreesOfFreedom);
        Close(0.011225839754396009, r.PValue, 1e-10);
        Close(19.696969696969695, r.Expected[0, 0], 1e-12);
    }

    [Fact]
    public void Test_ExpectedCountBelowFive_WarnsAsR()
    {
        var r = PearsonChiSquareTest.Test(new double[,] { { 3, 1 }, { 1, 3 } });
        Assert.Equal(PearsonChiSquareTest.SmallExpectedWarning, r.Warning);
    }
}

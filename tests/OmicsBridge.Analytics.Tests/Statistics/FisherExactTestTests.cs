using OmicsBridge.Analytics.Statistics;
using OmicsBridge.Core.Diagnostics;
using static OmicsBridge.Analytics.Tests.Statistics.RelativeAssert;

namespace OmicsBridge.Analytics.Tests.Statistics;

/// <summary>Against R 4.2.2 <c>fisher.test(matrix(c(a, c, b, d), 2))</c>; p to 1e-9, estimates and limits to 1e-7 relative.</summary>
public sealed class FisherExactTestTests
{
    // Columns: a, b, c, d (row-major), then R's p.value, estimate, conf.int.
    [Theory]
    [InlineData(3, 1, 1, 3, 0.48571428571428582, 6.4083088670057879, 0.21173291530550292, 621.9337505454173)]
    [InlineData(10, 2, 3, 15, 0.00053672411914343593, 21.30533127501673, 2.7534383656420318, 300.68278741939781)]
    [InlineData(12, 5, 7, 7, 0.28830810401250967, 2.3307237306298569, 0.43704707499712392, 13.590955474949748)]
    // R's lower limit here is uniroot's tolerance showing (6.1e-05); matching it checks the uniroot port step for step.
    [InlineData(1, 30, 20, 1, 3.3959781234444246e-12, 0.0027511177607521084, 6.103515625e-05, 0.03488177536458225)]
    public void TwoByTwo_MatchesRFisherTest(int a, int b, int c, int d, double p, double or, double lower, double upper)
    {
        var r = FisherExactTest.TwoByTwo(a, b, c, d);
        Close(p, r.PValue, 1e-9);
        Close(or, r.OddsRatio, 1e-7);
        Close(lower, r.ConfidenceLower, 1e-7);
        Close(upper, r.ConfidenceUpper, 1e-7);
    }

    [Fact]
    public void TwoByTwo_ZeroAtSupportEnd_GivesZeroOddsRatioAndZeroLowerLimit()
    {
        // R: fisher.test(matrix(c(0, 5, 7, 2), 2)) -> p 0.020979020979020969, OR 0, CI [0, 0.68990188750270398]
        var r = FisherExactTest.TwoByTwo(0, 7, 5, 2);
        Close(0.020979020979020969, r.PValue, 1e-9);
        Assert.Equal(0, r.OddsRatio);
        Assert.Equal(0, r.ConfidenceLower);
        Close(0.68990188750270398, r.ConfidenceUpper, 1e-7);
    }

    [Fact]
    public void Test_ThreeByThree_MatchesRFisherTest()
    {
        // R: fisher.test(matrix(c(3,1,4, 2,6,0, 1,2,5), 3, byrow = TRUE))$p.value
        var r = FisherExactTest.Test(new[,] { { 3, 1, 4 }, { 2, 6, 0 }, { 1, 2, 5 } });
        Close(0.026915037262691694, r.PValue, 1e-9);
        Assert.True(r.TablesEnumerated > 0);
        Assert.True(double.IsNaN(r.OddsRatio));
    }

    [Fact]
    public void Test_TwoByFour_MatchesRFisherTest()
    {
        // R: fisher.test(matrix(c(8,2,3,1, 1,5,2,6), 2, byrow = TRUE))$p.value
        var r = FisherExactTest.Test(new[,] { { 8, 2, 3, 1 }, { 1, 5, 2, 6 } });
        Close(0.015295015031183985, r.PValue, 1e-9);
    }

    [Fact]
    public void Test_TableBeyondEnumerationLimit_ThrowsInvalidInput()
    {
        var big = new[,] { { 30, 25, 20, 15 }, { 20, 25, 30, 35 }, { 25, 25, 25, 25 } };
        var ex = Assert.Throws<OmicsBridgeException>(() => FisherExactTest.Test(big, maxTables: 1000));
        Assert.Contains("too large for exact enumeration", ex.Message, StringComparison.Ordinal);
    }
}

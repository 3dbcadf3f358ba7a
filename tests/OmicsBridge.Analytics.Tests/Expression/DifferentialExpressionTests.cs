using OmicsBridge.Analytics.Expression;
using static OmicsBridge.Analytics.Tests.Statistics.RelativeAssert;

namespace OmicsBridge.Analytics.Tests.Expression;

public sealed class DifferentialExpressionTests
{
    // Row 0 is the Welch example of TwoGroupTestsTests (x = case, y = reference); R: t.test(x, y), p.adjust(c(p0, p1), "BH").
    private static readonly double[,] s_data =
    {
        { 5.1, 4.9, 6.2, 5.8, 6.0, 5.5, 6.8, 7.1, 6.0, 7.4, 6.9 },
        { 1, 2, 3, 4, 5, 6, 1, 2, 3, 4, double.NaN },
    };

    private static readonly bool[] s_isCase = [true, true, true, true, true, true, false, false, false, false, false];

    [Fact]
    public void Compare_Welch_MatchesSingleFeatureTestAndAdjusts()
    {
        var r = DifferentialExpression.Compare(s_data, s_isCase, TwoGroupTest.Welch);
        Close(-4.0099576249461242, r.Statistic[0], 1e-12);
        Close(0.0033856793859165834, r.PValue[0], 1e-9);
        Close(5.5833333333333333 - 6.84, r.Difference[0], 1e-12);
        var expected = BenjaminiHochberg.Adjust(r.PValue);
        Assert.Equal(expected, r.AdjustedPValue);
        Assert.True(r.AdjustedPValue[0] >= r.PValue[0]);
    }

    [Fact]
    public void Compare_MissingValue_IsDroppedBeforeTesting()
    {
        var r = DifferentialExpression.Compare(s_data, s_isCase, TwoGroupTest.Wilcoxon);
        var direct = WilcoxonRankSumTest.Test([1, 2, 3, 4, 5, 6], [1, 2, 3, 4]);
        Assert.Equal(direct.PValue, r.PValue[1]);
        Close(3.5 - 2.5, r.Difference[1], 1e-12);
    }
}

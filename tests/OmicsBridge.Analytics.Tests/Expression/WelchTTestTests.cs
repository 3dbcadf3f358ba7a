using OmicsBridge.Analytics.Expression;
using static OmicsBridge.Analytics.Tests.Statistics.RelativeAssert;

namespace OmicsBridge.Analytics.Tests.Expression;

/// <summary>Against R 4.2.2 <c>t.test(x, y)</c> (tests/data/statistics/make_reference.R).</summary>
public sealed class WelchTTestTests
{
    private static readonly double[] s_x = [5.1, 4.9, 6.2, 5.8, 6.0, 5.5];
    private static readonly double[] s_y = [6.8, 7.1, 6.0, 7.4, 6.9];

    [Fact]
    public void Test_UnequalVariances_MatchesRTTest()
    {
        var r = WelchTTest.Test(s_x, s_y);
        Close(-4.0099576249461242, r.Statistic, 1e-12);
        Close(8.5685615028075315, r.DegreesOfFreedom, 1e-12);
        Close(0.0033856793859165834, r.PValue, 1e-9);
    }
}

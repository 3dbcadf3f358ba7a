using OmicsBridge.Analytics.Expression;
using static OmicsBridge.Analytics.Tests.Statistics.RelativeAssert;

namespace OmicsBridge.Analytics.Tests.Expression;

/// <summary>Against R 4.2.2 <c>p.adjust(p, "BH")</c>.</summary>
public sealed class BenjaminiHochbergTests
{
    [Fact]
    public void Adjust_WithMissingValue_MatchesRPAdjust()
    {
        var q = BenjaminiHochberg.Adjust([0.01, 0.04, 0.03, 0.2, 0.5, 0.001, double.NaN, 0.04]);
        double[] expected = [0.035000000000000003, 0.055999999999999994, 0.055999999999999994, 0.23333333333333336, 0.5, 0.0070000000000000001];
        for (var i = 0; i < expected.Length; i++)
        {
            Close(expected[i], q[i], 1e-14);
        }

        Assert.True(double.IsNaN(q[6]));
        Close(0.055999999999999994, q[7], 1e-14);
    }
}

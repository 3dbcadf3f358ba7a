using OmicsBridge.Analytics.Clustering;
using static OmicsBridge.Analytics.Tests.Clustering.ClusteringFixture;
using static OmicsBridge.Analytics.Tests.Statistics.RelativeAssert;

namespace OmicsBridge.Analytics.Tests.Clustering;

/// <summary>Against R 4.2.2 <c>prcomp(x)</c> on the three-group fixture, up to the sign of each component; 1e-10 relative.</summary>
public sealed class PcaTests
{
    private static readonly double[] s_sdev = Parse("3.2365264169345553, 2.6291049304046599, 0.93646265737396162, 0.75451369773916155");
    private static readonly double[] s_scoresRow1 = Parse("1.2820506395906004, 3.7399220156458495, 0.88356470286979505, 0.43354726859338877");
    private static readonly double[] s_rotation1 = Parse("0.80287373206714063, -0.29080774723247838, -0.2358942313887209, 0.4638734052558694");

    [Fact]
    public void Fit_Exact_MatchesPrcompUpToSign()
    {
        var pca = Pca.Fit(ThreeGroups, 4, new PcaOptions { Randomized = false });
        var total = s_sdev.Sum(s => s * s);
        for (var c = 0; c < 4; c++)
        {
            Close(s_sdev[c], pca.StandardDeviations[c], 1e-10);
            Close(s_sdev[c] * s_sdev[c] / total, pca.VarianceExplained[c], 1e-10);
            Close(Math.Abs(s_scoresRow1[c]), Math.Abs(pca.Scores[0, c]), 1e-9);
        }

        var sign = Math.Sign(pca.Loadings[0, 0]) * Math.Sign(s_rotation1[0]);
        for (var j = 0; j < 4; j++)
        {
            Close(s_rotation1[j], sign * pca.Loadings[j, 0], 1e-9);
        }
    }

    [Fact]
    public void Fit_RandomizedOnLowRankMatrix_AgreesWithExact()
    {
        // 400 × 600 of rank 5 plus small noise: the leading components have a clear gap, as in expression data.
        var random = new Random(5);
        var data = new double[400, 600];
        var u = new double[400, 5];
        var v = new double[5, 600];
        for (var i = 0; i < 400; i++) for (var r = 0; r < 5; r++) u[i, r] = random.NextDouble() - 0.5;
        for (var r = 0; r < 5; r++) for (var j = 0; j < 600; j++) v[r, j] = (random.NextDouble() - 0.5) * (5 - r);
        for (var i = 0; i < 400; i++)
        {
            for (var j = 0; j < 600; j++)
            {
                var s = 0.01 * (random.NextDouble() - 0.5);
                for (var r = 0; r < 5; r++) s += u[i, r] * v[r, j];
                data[i, j] = s;
            }
        }

        var exact = Pca.Fit(data, 3, new PcaOptions { Randomized = false });
        var fast = Pca.Fit(data, 3);
        Assert.True(fast.Randomized);
        for (var c = 0; c < 3; c++)
        {
            Close(exact.StandardDeviations[c], fast.StandardDeviations[c], 1e-8);
            Close(exact.VarianceExplained[c], fast.VarianceExplained[c], 1e-8);
            var sign = Math.Sign(exact.Scores[0, c]) * Math.Sign(fast.Scores[0, c]);
            for (var i = 0; i < 400; i += 37)
            {
                Assert.Equal(exact.Scores[i, c], sign * fast.Scores[i, c], 1e-6);
            }
        }
    }
}

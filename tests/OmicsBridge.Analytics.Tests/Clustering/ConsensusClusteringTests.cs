using OmicsBridge.Analytics.Clustering;
using static OmicsBridge.Analytics.Tests.Clustering.ClusteringFixture;

namespace OmicsBridge.Analytics.Tests.Clustering;

public sealed class ConsensusClusteringTests
{
    [Fact]
    public void CdfAndArea_HandBuiltMatrix_MatchesHistogramMethod()
    {
        // Lower triangle: 0, 0.5, 1 -> CDF is 1/3 on bins up to 0.49, 2/3 from (0.49, 0.50] to 0.99, 1 at 1.0.
        var m = new double[,] { { 1, 0, 0.5 }, { 0, 1, 1 }, { 0.5, 1, 1 } };
        var (cdf, area) = ConsensusClustering.CdfAndArea(m);
        Assert.Equal(1.0 / 3, cdf[0], 12);
        Assert.Equal(1.0 / 3, cdf[48], 12);
        Assert.Equal(2.0 / 3, cdf[49], 12);
        Assert.Equal(2.0 / 3, cdf[98], 12);
        Assert.Equal(1.0, cdf[99], 12);
        Assert.Equal((49 * (1.0 / 3) + 50 * (2.0 / 3) + 1) / 100, area, 12);
    }

    [Fact]
    public void Run_ThreeSeparatedGroups_GivesCrispConsensusAtThreeAndRecoversGroups()
    {
        var results = ConsensusClustering.Run(ThreeGroups, new ConsensusOptions { MaxK = 5, Repetitions = 50, Seed = 4 });
        var k3 = results.Single(r => r.K == 3);
        // Groups are far apart, so every pair is always or never together at k = 3.
        Assert.All(k3.Consensus.Cast<double>(), v => Assert.True(v is 0 or 1));
        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3], k3.Clusters);
        // The area jumps up to k = 3 and grows less after it.
        Assert.True(k3.DeltaArea > 0.2);
        Assert.True(results.Single(r => r.K == 4).DeltaArea < k3.DeltaArea);
    }

    [Fact]
    public void Run_KMeansInner_RecoversGroups()
    {
        var results = ConsensusClustering.Run(ThreeGroups, new ConsensusOptions { MaxK = 3, Repetitions = 20, InnerLinkage = null, Seed = 2 });
        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3], results[^1].Clusters);
    }
}

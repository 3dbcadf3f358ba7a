using OmicsBridge.Analytics.Clustering;
using static OmicsBridge.Analytics.Tests.Clustering.ClusteringFixture;
using static OmicsBridge.Analytics.Tests.Statistics.RelativeAssert;

namespace OmicsBridge.Analytics.Tests.Clustering;

public sealed class KMeansTests
{
    // R: set.seed(3); kmeans(x, 3, nstart = 25)$tot.withinss (Hartigan–Wong); Lloyd with 10 k-means++ starts finds the same optimum.
    [Fact]
    public void Fit_ThreeGroups_ReachesRTotalWithinSumOfSquares()
    {
        var km = KMeans.Fit(ThreeGroups, 3, seed: 42);
        Close(76.21907945940967, km.TotalWithinSumOfSquares, 1e-10);
        Assert.Single(km.Clusters.Take(12).Distinct());
        Assert.Single(km.Clusters.Skip(12).Take(10).Distinct());
        Assert.Single(km.Clusters.Skip(22).Distinct());
        Assert.Equal(3, km.Clusters.Distinct().Count());
    }

    [Fact]
    public void Fit_SameSeed_GivesSameClusters()
        => Assert.Equal(KMeans.Fit(ThreeGroups, 4, seed: 9).Clusters, KMeans.Fit(ThreeGroups, 4, seed: 9).Clusters);
}

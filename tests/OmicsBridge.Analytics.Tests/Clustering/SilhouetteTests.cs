using OmicsBridge.Analytics.Clustering;
using static OmicsBridge.Analytics.Tests.Clustering.ClusteringFixture;
using static OmicsBridge.Analytics.Tests.Statistics.RelativeAssert;

namespace OmicsBridge.Analytics.Tests.Clustering;

/// <summary>Against R 4.2.2 <c>cluster::silhouette(cutree(hclust(dist(x), "average"), 3), dist(x))</c>; 1e-12 relative.</summary>
public sealed class SilhouetteTests
{
    private static readonly double[,] s_distances = Distances.Euclidean(ThreeGroups);

    [Fact]
    public void Compute_OfAverageCutAtThree_MatchesClusterPackage()
    {
        var labels = HierarchicalClustering.Cluster(s_distances, Linkage.Average).Cut(3);
        var s = Silhouette.Compute(s_distances, labels);
        var expected = Parse("0.66977248767986641, 0.57043949796605675, 0.61195622219099177, 0.61757777014848214, 0.59073064722973856, 0.56795161347263312, 0.48613651752244535, 0.37784453256898842, 0.64709117084046752, 0.67933055632685346, 0.69481704501889241, 0.69266886756790458, 0.66745271398716288, 0.67382001384132884, 0.51562737733822561, 0.74326022065094732, 0.48082509864369205, 0.6596870964382413, 0.70193782130437643, 0.73831393262770584, 0.74884502249311535, 0.70812280768704894, 0.69222827599442127, 0.67710888162674299, 0.6216436902605913, 0.79133172822932085, 0.75234823904263814, 0.75171223491789518, 0.75828669622557909, 0.73302172226231666");
        for (var i = 0; i < expected.Length; i++)
        {
            Close(expected[i], s.Widths[i], 1e-12);
        }

        Assert.Equal([2, 2, 2, 2, 2, 3, 2, 2, 2, 3, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], s.Neighbors);
        Close(0.65406301673682232, s.AverageWidth, 1e-12);
    }

    [Fact]
    public void Compute_SingletonCluster_HasZeroWidth()
    {
        var d = new double[,] { { 0, 1, 5 }, { 1, 0, 5 }, { 5, 5, 0 } };
        var s = Silhouette.Compute(d, [1, 1, 2]);
        Assert.Equal(0, s.Widths[2]);
        Close(0.8, s.Widths[0], 1e-12);
    }
}

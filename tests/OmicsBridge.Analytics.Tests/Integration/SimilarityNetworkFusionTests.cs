using OmicsBridge.Analytics.Integration;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Tests.Integration;

public sealed class SimilarityNetworkFusionTests
{
    [Fact]
    public void Fuse_ThreePlantedGroupsInTwoModalities_RecoversThem()
    {
        var patients = IntegrationData.Patients(45);
        var rna = IntegrationData.Planted("rna", patients, IntegrationData.GroupOf, features: 30, seed: 11, noise: 2);
        var protein = IntegrationData.Planted("protein", patients, IntegrationData.GroupOf, features: 8, seed: 12, noise: 2);

        var result = SimilarityNetworkFusion.Fuse([rna, protein], new SnfOptions { Neighbours = 10, Clusters = 3 });

        Assert.Equal(45, result.PatientIds.Count);
        Assert.True(IntegrationData.SamePartition(result.Clusters, [.. result.PatientIds.Select(IntegrationData.GroupOf)]));
        Assert.Equal(3, result.EigenGapClusters);
    }

    [Fact]
    public void Fuse_Network_IsSymmetricWithHalfOnTheDiagonal()
    {
        var patients = IntegrationData.Patients(12);
        var a = IntegrationData.Planted("a", patients, IntegrationData.GroupOf, 5, seed: 1);
        var b = IntegrationData.Planted("b", patients, IntegrationData.GroupOf, 5, seed: 2);

        var fused = SimilarityNetworkFusion.Fuse([a, b], new SnfOptions { Neighbours = 4 }).Fused;

        for (var i = 0; i < 12; i++)
        {
            Assert.Equal(0.5, fused[i, i], 12);
            for (var j = 0; j < 12; j++)
            {
                Assert.Equal(fused[i, j], fused[j, i], 12);
                Assert.True(fused[i, j] >= 0);
            }
        }
    }

    [Fact]
    public void Fuse_UsesOnlyCompleteCases()
    {
        var patients = IntegrationData.Patients(10);
        var a = IntegrationData.Planted("a", patients, IntegrationData.GroupOf, 4, seed: 1);
        var b = IntegrationData.Planted("b", patients[2..], IntegrationData.GroupOf, 4, seed: 2);

        var result = SimilarityNetworkFusion.Fuse([a, b], new SnfOptions { Neighbours = 3 });

        Assert.Equal(patients[2..], result.PatientIds);
        Assert.Empty(result.Clusters);
    }

    [Fact]
    public void Affinity_MatchesSnfToolKernelByHand()
    {
        // Three points on a line at 0, 1, 3; K = 1: mean distance to the nearest neighbour is 1, 1, 2.
        double[,] d = { { 0, 1, 3 }, { 1, 0, 2 }, { 3, 2, 0 } };

        var w = SimilarityNetworkFusion.Affinity(d, neighbours: 1, sigma: 0.5);

        // Pair (0, 2): sig = (1 + 2)/3 + 3/3 = 2, sd = 1 → dnorm(3, 0, 1).
        var expected = Math.Exp(-4.5) / Math.Sqrt(2 * Math.PI);
        Assert.Equal(expected, w[0, 2], 6);
        // Diagonal (0, 0): sig = 2/3, sd = 1/3 → dnorm(0, 0, 1/3).
        Assert.Equal(3 / Math.Sqrt(2 * Math.PI), w[0, 0], 6);
    }

    [Fact]
    public void Fuse_OneModality_Throws()
    {
        var block = IntegrationData.Planted("a", IntegrationData.Patients(5), IntegrationData.GroupOf, 3, seed: 1);
        Assert.Throws<OmicsBridgeException>(() => SimilarityNetworkFusion.Fuse([block]));
    }
}

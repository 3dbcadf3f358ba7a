using OmicsBridge.Analytics.Clustering;

namespace OmicsBridge.Analytics.Tests.Clustering;

public sealed class DistancesTests
{
    [Fact]
    public void Pearson_ProportionalAndReversedRows_GiveZeroAndTwo()
    {
        var d = Distances.Pearson(new double[,] { { 1, 2, 3 }, { 2, 4, 6 }, { 3, 2, 1 } });
        Assert.Equal(0, d[0, 1], 12);
        Assert.Equal(2, d[0, 2], 12);
    }

    [Fact]
    public void Euclidean_ThreeFourFive_IsFive()
        => Assert.Equal(5, Distances.Euclidean(new double[,] { { 0, 0 }, { 3, 4 } })[0, 1], 12);
}

using OmicsBridge.Analytics.Integration;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Tests.Integration;

public sealed class KnnImputationTests
{
    [Fact]
    public void Impute_OneGap_UsesMeanOfNearestRowsOverSharedColumns()
    {
        // Row 0 misses column 2. RMS distances on columns 0-1: row1 0.1, row2 0.2, row3 ~10 → k=2 takes rows 1 and 2.
        double[,] data =
        {
            { 1.0, 1.0, double.NaN },
            { 1.1, 0.9, 10.0 },
            { 1.2, 0.8, 20.0 },
            { 11.0, 11.0, 1000.0 },
        };

        var filled = KnnImputation.Impute(data, k: 2);

        Assert.Equal(15.0, filled[0, 2], 12);
        Assert.True(double.IsNaN(data[0, 2]), "input must not change");
        Assert.Equal(1000.0, filled[3, 2]);
    }

    [Fact]
    public void Impute_NeighbourAlsoMissingColumn_SkipsToNextNeighbour()
    {
        double[,] data =
        {
            { 0.0, double.NaN },
            { 0.1, double.NaN },
            { 0.5, 7.0 },
            { 9.0, 100.0 },
        };

        var filled = KnnImputation.Impute(data, k: 1);

        Assert.Equal(7.0, filled[0, 1]);
        Assert.Equal(7.0, filled[1, 1]);
    }

    [Fact]
    public void Impute_ColumnWithNoValue_StaysNaN()
    {
        double[,] data = { { 1, double.NaN }, { 2, double.NaN } };

        var filled = KnnImputation.Impute(data, k: 3);

        Assert.True(double.IsNaN(filled[0, 1]));
    }

    [Fact]
    public void Impute_KBelowOne_Throws()
    {
        Assert.Throws<OmicsBridgeException>(() => KnnImputation.Impute(new double[1, 1], k: 0));
    }
}

using System.Globalization;
using OmicsBridge.Analytics.Integration;

namespace OmicsBridge.Analytics.Tests.Integration;

public sealed class EarlyIntegrationTests
{
    [Fact]
    public void Build_TwoModalities_UnionOfPatientsWithMasksAndNaNForAbsentModality()
    {
        var rna = new ModalityBlock("rna", ["p2", "p1", "p3"], ["g1", "g2"], new double[,] { { 1, 10 }, { 2, 20 }, { 3, 60 } });
        var protein = new ModalityBlock("protein", ["p1", "p4"], ["x"], new double[,] { { 5 }, { 7 } });

        var matrix = EarlyIntegration.Build([rna, protein]);

        Assert.Equal(["p1", "p2", "p3", "p4"], matrix.PatientIds);
        Assert.Equal(["rna:g1", "rna:g2", "protein:x"], matrix.FeatureIds);
        Assert.Equal([true, true, true, false], matrix.Masks["rna"]);
        Assert.Equal([true, false, false, true], matrix.Masks["protein"]);
        Assert.True(double.IsNaN(matrix.Values[3, 0]));
        Assert.True(double.IsNaN(matrix.Values[1, 2]));
    }

    [Fact]
    public void Build_ScalesEachFeatureAndWeightsBlockByRootOfFeatureCount()
    {
        // rna g1 over p1..p3 = 2,1,3: mean 2, sd 1 → z = 0,-1,1, then / sqrt(2).
        var rna = new ModalityBlock("rna", ["p2", "p1", "p3"], ["g1", "g2"], new double[,] { { 1, 10 }, { 2, 20 }, { 3, 60 } });
        var protein = new ModalityBlock("protein", ["p1", "p4"], ["x"], new double[,] { { 5 }, { 7 } });

        var matrix = EarlyIntegration.Build([rna, protein]);

        Assert.Equal(0, matrix.Values[0, 0], 12);
        Assert.Equal(-1 / Math.Sqrt(2), matrix.Values[1, 0], 12);
        Assert.Equal(1 / Math.Sqrt(2), matrix.Values[2, 0], 12);
        // protein x = 5, 7: mean 6, sd sqrt(2) → ∓0.7071, block weight 1.
        Assert.Equal(-1 / Math.Sqrt(2), matrix.Values[0, 2], 12);
        Assert.Equal(1 / Math.Sqrt(2), matrix.Values[3, 2], 12);
    }

    [Fact]
    public void Write_Csv_HasMaskColumnsAndEmptyCellsForMissing()
    {
        var rna = new ModalityBlock("rna", ["p1", "p2"], ["g1"], new double[,] { { 1 }, { 3 } });
        var protein = new ModalityBlock("protein", ["p2"], ["x"], new double[,] { { 4 } });
        var matrix = EarlyIntegration.Build([rna, protein]);

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        IntegratedMatrixCsvWriter.Write(matrix, text);
        var lines = text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("patient_id,has_protein,has_rna,rna:g1,protein:x", lines[0]);
        Assert.StartsWith("p1,0,1,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",", lines[1], StringComparison.Ordinal);
        Assert.Equal("p2,1,1,0.7071067811865475,0", lines[2]);
    }
}

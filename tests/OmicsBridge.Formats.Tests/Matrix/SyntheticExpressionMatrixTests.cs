using OmicsBridge.Formats.Matrix;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Matrix;

public sealed class SyntheticExpressionMatrixTests
{
    [Fact]
    public void Write_SameSeed_WritesSameBytes()
    {
        using var temp = new TempDirectory();
        SyntheticExpressionMatrix.Write(temp.Combine("a.tsv"), genes: 50, samples: 20, seed: 7);
        SyntheticExpressionMatrix.Write(temp.Combine("b.tsv"), genes: 50, samples: 20, seed: 7);
        SyntheticExpressionMatrix.Write(temp.Combine("c.tsv"), genes: 50, samples: 20, seed: 8);

        Assert.Equal(File.ReadAllBytes(temp.Combine("a.tsv")), File.ReadAllBytes(temp.Combine("b.tsv")));
        Assert.NotEqual(File.ReadAllBytes(temp.Combine("a.tsv")), File.ReadAllBytes(temp.Combine("c.tsv")));
    }

    [Fact]
    public void Write_ThenRead_RoundTripsShapeAndValues()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("m.tsv.gz");
        SyntheticExpressionMatrix.Write(path, genes: 300, samples: 40, seed: 1);

        using var reader = new ExpressionMatrixReader(path);
        var rows = 0;
        long missing = 0;
        while (reader.TryReadRow(out var row))
        {
            rows++;
            foreach (var m in row.Missing)
            {
                missing += m ? 1 : 0;
            }
        }

        Assert.Equal(300, rows);
        Assert.Equal(40, reader.ColumnIds.Count);
        Assert.Equal(FeatureNamespace.EnsemblGene, reader.FeatureNamespace);
        Assert.Empty(reader.Issues);
        Assert.InRange(missing, 1, 300 * 40 / 50);
    }

    [Fact]
    public void WriteRow_ExactDoubles_ReadBackBitForBit()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("exact.tsv");
        double[] values = [0.1 + 0.2, -1e-300, double.MaxValue, double.NaN, 12345.678901234567];
        using (var writer = new ExpressionMatrixWriter(path, ["id"], ["a", "b", "c", "d", "e"]))
        {
            writer.WriteRow(["F1"], values);
        }

        using var reader = new ExpressionMatrixReader(path);
        Assert.True(reader.TryReadRow(out var row));

        Assert.Equal(values, row.Values.ToArray());
        Assert.True(row.Missing[3]);
    }
}

using System.Globalization;
using OmicsBridge.Testing;

namespace OmicsBridge.Analytics.Tests.Clustering;

/// <summary>Three Gaussian groups (12, 10, 8 observations × 4 variables) written by tests/data/clustering/make_reference.R.</summary>
internal static class ClusteringFixture
{
    public static double[,] ThreeGroups { get; } = Read();

    public static double[] Parse(string csv) =>
        csv.Split(',').Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    private static double[,] Read()
    {
        var lines = File.ReadAllLines(TestData.Fixture("clustering/three_groups_30x4.tsv"));
        var result = new double[lines.Length, 4];
        for (var i = 0; i < lines.Length; i++)
        {
            var f = lines[i].Split('\t');
            for (var j = 0; j < 4; j++)
            {
                result[i, j] = double.Parse(f[j], CultureInfo.InvariantCulture);
            }
        }

        return result;
    }
}

using System.Globalization;
using OmicsBridge.Testing;

namespace OmicsBridge.Analytics.Tests.BatchCorrection;

/// <summary>Reads the tests/data/combat TSV fixtures written by make_reference.R.</summary>
internal static class ComBatFixture
{
    public static double[,] ReadMatrix(string name)
    {
        var lines = File.ReadAllLines(TestData.Fixture("combat/" + name));
        var columns = lines[0].Split('\t').Length - 1;
        var result = new double[lines.Length - 1, columns];
        for (var i = 1; i < lines.Length; i++)
        {
            var fields = lines[i].Split('\t');
            for (var j = 0; j < columns; j++)
            {
                result[i - 1, j] = double.Parse(fields[j + 1], CultureInfo.InvariantCulture);
            }
        }

        return result;
    }

    public static string[] ReadColumn(string name, string column)
    {
        var lines = File.ReadAllLines(TestData.Fixture("combat/" + name));
        var index = Array.IndexOf(lines[0].Split('\t'), column);
        return lines.Skip(1).Select(l => l.Split('\t')[index]).ToArray();
    }

    public static (double Sum, double SumOfSquares) Checksums(double[,] m)
    {
        double sum = 0, sq = 0;
        foreach (var v in m)
        {
            sum += v;
            sq += v * v;
        }

        return (sum, sq);
    }

    public static void AssertRelative(double expected, double actual, double tolerance = 1e-6)
    {
        var scale = Math.Max(Math.Abs(expected), 1e-300);
        Assert.True(Math.Abs(expected - actual) / scale <= tolerance,
            string.Create(CultureInfo.InvariantCulture, $"expected {expected:R}, got {actual:R} (relative tolerance {tolerance})"));
    }
}

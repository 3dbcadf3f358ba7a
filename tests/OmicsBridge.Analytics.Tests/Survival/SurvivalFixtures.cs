using OmicsBridge.Analytics.Survival;
using OmicsBridge.Testing;

namespace OmicsBridge.Analytics.Tests.Survival;

/// <summary>
/// The datasets of R's survival package, exported once with <c>write.csv(lung, "lung.csv", row.names=FALSE, na="")</c>
/// (likewise aml, ovarian, veteran, heart). Expected values in these tests come from R 4.2.2 with survival 3.5-3 run
/// on the same CSV files (read back with <c>read.csv</c>), so both sides see the same doubles.
/// </summary>
internal static class SurvivalFixtures
{
    public const double Tolerance = 1e-6;

    public static SurvivalTable Load(string name)
    {
        var lines = File.ReadAllLines(TestData.Fixture($"survival/{name}"));
        var header = Split(lines[0]);
        var columns = header.Select(_ => new List<string?>(lines.Length)).ToArray();
        foreach (var line in lines.Skip(1))
        {
            var cells = Split(line);
            for (var c = 0; c < header.Length; c++)
            {
                columns[c].Add(cells[c]);
            }
        }

        return new SurvivalTable(header, columns);
    }

    /// <summary>Relative comparison with an absolute floor for values that are (near) zero.</summary>
    public static void Close(double expected, double actual, double tolerance = Tolerance)
    {
        if (double.IsNaN(expected) || double.IsInfinity(expected))
        {
            Assert.Equal(expected, actual);
            return;
        }

        var scale = Math.Max(Math.Abs(expected), 1e-12);
        Assert.True(
            Math.Abs(expected - actual) <= tolerance * scale,
            $"expected {expected:R} but got {actual:R} (relative error {Math.Abs(expected - actual) / scale:E2})");
    }

    public static void Close(double[] expected, IReadOnlyList<double> actual, double tolerance = Tolerance)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            Close(expected[i], actual[i], tolerance);
        }
    }

    // The exported files quote strings and never contain commas inside a field.
    private static string[] Split(string line) => [.. line.Split(',').Select(cell => cell.Trim('"'))];
}

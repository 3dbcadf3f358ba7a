using OmicsBridge.Analytics.Integration;

namespace OmicsBridge.Analytics.Tests.Integration;

/// <summary>Seeded blocks with planted groups: group g's patients sit around mean 4·g on every feature.</summary>
internal static class IntegrationData
{
    public static ModalityBlock Planted(string name, IReadOnlyList<string> patients, Func<string, int> groupOf, int features, int seed, double noise = 1)
    {
        var random = new Random(seed);
        var values = new double[patients.Count, features];
        for (var i = 0; i < patients.Count; i++)
        {
            var g = groupOf(patients[i]);
            for (var j = 0; j < features; j++)
            {
                // Box–Muller; the group shifts alternate sign by feature so groups differ in direction, not only level.
                var z = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
                values[i, j] = (4 * g * (j % 2 == 0 ? 1 : -1)) + (noise * z);
            }
        }

        return new ModalityBlock(name, patients, [.. Enumerable.Range(1, features).Select(j => "f" + j)], values);
    }

    public static string[] Patients(int count) => [.. Enumerable.Range(1, count).Select(i => "P" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture))];

    public static int GroupOf(string patient) => int.Parse(patient.AsSpan(1), provider: System.Globalization.CultureInfo.InvariantCulture) % 3;

    /// <summary>Whether two labelings define the same partition (labels may be permuted).</summary>
    public static bool SamePartition(IReadOnlyList<int> a, IReadOnlyList<int> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            for (var j = i + 1; j < a.Count; j++)
            {
                if ((a[i] == a[j]) != (b[i] == b[j]))
                {
                    return false;
                }
            }
        }

        return true;
    }
}

using System.Globalization;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Hgvs;

/// <summary>Reads the example fixtures under tests/data/hgvs (one description per line; '#' starts a comment).</summary>
internal static class HgvsExamples
{
    public static TheoryData<string> Valid()
    {
        var data = new TheoryData<string>();
        foreach (var line in Lines("hgvs/valid_examples.txt"))
        {
            data.Add(line);
        }

        return data;
    }

    public static TheoryData<string, int, string> Invalid()
    {
        var data = new TheoryData<string, int, string>();
        foreach (var line in Lines("hgvs/invalid_examples.tsv"))
        {
            var fields = line.Split('\t');
            data.Add(fields[0], int.Parse(fields[1], CultureInfo.InvariantCulture), fields[2]);
        }

        return data;
    }

    private static IEnumerable<string> Lines(string fixture) =>
        File.ReadLines(TestData.Fixture(fixture))
            .Where(l => l.Length > 0 && !l.StartsWith('#'));
}

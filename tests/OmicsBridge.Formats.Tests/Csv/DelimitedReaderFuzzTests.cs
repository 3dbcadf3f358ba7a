using System.Text;
using OmicsBridge.Formats.Csv;

namespace OmicsBridge.Formats.Tests.Csv;

public sealed class DelimitedReaderFuzzTests
{
    // Random tables written the RFC 4180 way must read back field for field, whichever path (in place or
    // field by field) each line takes and wherever the 64K buffer boundaries fall.
    [Theory]
    [InlineData(1, "\n")]
    [InlineData(2, "\r\n")]
    [InlineData(3, "\n")]
    public void TryReadRow_RandomQuotedTable_RoundTrips(int seed, string newline)
    {
        var random = new Random(seed);
        var table = new List<string[]>();
        for (var r = 0; r < 3000; r++)
        {
            table.Add([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => RandomField(random))]);
        }

        var text = new StringBuilder();
        var lines = new List<long>();
        long line = 1;
        foreach (var row in table)
        {
            lines.Add(line);
            text.AppendJoin(',', row.Select(Quote)).Append(newline);
            line += 1 + row.Sum(f => f.Count(c => c == '\n'));
        }

        using var reader = new DelimitedReader(new MemoryStream(Encoding.UTF8.GetBytes(text.ToString())), $"fuzz-{seed}.csv", new DelimitedReaderOptions { Delimiter = ',' });
        for (var r = 0; r < table.Count; r++)
        {
            Assert.True(reader.TryReadRow(out var row), $"seed {seed}: row {r} missing");
            Assert.Equal(table[r], row.ToArray());
            Assert.Equal(lines[r], row.LineNumber);
        }

        Assert.False(reader.TryReadRow(out _));
    }

    private static string RandomField(Random random)
    {
        const string plain = "abcdefghij0123456789 .-";
        const string special = ",\"\n";
        var chars = new char[random.Next(0, 40)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = random.Next(30) == 0 ? special[random.Next(special.Length)] : plain[random.Next(plain.Length)];
        }

        return new string(chars);
    }

    private static string Quote(string field)
        => field.AsSpan().IndexOfAny(",\"\n") >= 0 || field.Length == 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
}

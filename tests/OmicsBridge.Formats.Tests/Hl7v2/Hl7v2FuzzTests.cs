using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Testing;
using Xunit.Abstractions;

namespace OmicsBridge.Formats.Tests.Hl7v2;

/// <summary>Mutated real messages never throw: every problem becomes a coded issue.</summary>
public sealed class Hl7v2FuzzTests(ITestOutputHelper output)
{
    private static readonly byte[] s_interesting = "|^~\\&\r\n\x0B\x1C#\"0Z.-+"u8.ToArray();

    [Fact]
    public void Extract_MutatedSharedFiles_NeverThrowsAndCodesEveryIssue()
    {
        const int Seed = 20240611;
        output.WriteLine($"seed {Seed}");
        var random = new Random(Seed);
        var files = Directory.EnumerateFiles(TestData.Shared("hl7v2"), "*", SearchOption.AllDirectories)
            .Where(p => !p.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllBytes)
            .ToList();
        var issues = 0;
        for (var round = 0; round < 400; round++)
        {
            var bytes = (byte[])files[round % files.Count].Clone();
            var edits = random.Next(1, 8);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(bytes.Length);
                bytes[at] = random.Next(3) == 0 ? (byte)random.Next(256) : s_interesting[random.Next(s_interesting.Length)];
            }

            if (random.Next(4) == 0)
            {
                bytes = bytes[..random.Next(bytes.Length)];
            }

            var (results, fileIssues) = Hl7v2Test.ReadBytes(bytes, $"fuzz{round}.hl7");

            var all = fileIssues.Concat(results.SelectMany(r => r.Issues)).ToList();
            Assert.All(all, i => Assert.Matches("^HL7[0-9]{3}$", i.Code));
            Assert.All(results.Where(r => !r.IsAccepted), r => Assert.Empty(r.AllObservations));
            Assert.All(results, r => Assert.Equal(r.IsAccepted, !r.Issues.Any(i => i.Severity >= IssueSeverity.Error)));
            issues += all.Count;
        }

        Assert.True(issues > 100, $"only {issues} issues from 400 mutated files");
    }
}

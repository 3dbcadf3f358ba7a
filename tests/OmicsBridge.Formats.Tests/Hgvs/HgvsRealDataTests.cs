using System.Text.Json;
using OmicsBridge.Formats.Hgvs;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Hgvs;

/// <summary>HGVS strings as other tools wrote them in the shared test files (see ../shared/testdata/SOURCES.md).</summary>
public sealed class HgvsRealDataTests
{
    private static List<string> HgvsStrings(string sharedFile)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(TestData.Shared(sharedFile)));
        var found = new List<string>();
        Collect(document.RootElement, found);
        return found.Distinct().ToList();
    }

    private static void Collect(JsonElement element, List<string> found)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Collect(property.Value, found);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, found);
                }

                break;
            case JsonValueKind.String:
                var text = element.GetString()!;
                if (text.Contains(":g.", StringComparison.Ordinal) || text.StartsWith("p.", StringComparison.Ordinal)
                    || text.StartsWith("c.", StringComparison.Ordinal))
                {
                    found.Add(text);
                }

                break;
        }
    }

    [Fact]
    public void TryParse_GenomicsReportingBundle_ProteinChangesParseAndChromosomeShorthandIsRejected()
    {
        var strings = HgvsStrings("fhir/genomics-reporting/Bundle-oncologyexamples-r4.json");

        Assert.Contains("p.Val617Phe", strings);
        foreach (var text in strings.Where(s => s.StartsWith("p.", StringComparison.Ordinal)))
        {
            Assert.True(HgvsParser.TryParse(text, out var variant, out var error), error?.ToString());
            Assert.Equal(text, variant.ToString());
        }

        // "9:g.5073770G>T" names a chromosome, not a reference sequence; HGVS requires an accession such as NC_000009.11.
        var chromosomeShorthand = strings.Where(s => char.IsAsciiDigit(s[0])).ToList();
        Assert.NotEmpty(chromosomeShorthand);
        foreach (var text in chromosomeShorthand)
        {
            Assert.False(HgvsParser.TryParse(text, out _, out var error));
            Assert.Equal((HgvsErrorCodes.Reference, 0), (error.Code, error.Position));
        }
    }
}

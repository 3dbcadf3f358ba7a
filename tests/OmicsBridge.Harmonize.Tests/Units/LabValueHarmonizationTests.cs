using System.Globalization;
using OmicsBridge.Harmonize.Units;
using OmicsBridge.Harmonize.Values;
using OmicsBridge.Testing;

namespace OmicsBridge.Harmonize.Tests.Units;

public sealed class LabValueHarmonizationTests
{
    public static TheoryData<string, string, string, string, string, string> Rows()
    {
        var rows = new TheoryData<string, string, string, string, string, string>();
        foreach (var line in File.ReadLines(TestData.Fixture("units/lab_values.tsv")).Skip(1))
        {
            var cells = line.Split('\t');
            rows.Add(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5]);
        }

        return rows;
    }

    // A lab extract's result and unit columns go through the value parser, then the unit normaliser, as ingest does.
    [Theory]
    [MemberData(nameof(Rows))]
    public void ParseThenConvert_LabExtractRow_GivesStoredValue(string loinc, string result, string unit, string expectedValue, string expectedUnit, string expectedIssue)
    {
        var parsed = ClinicalValueParser.Parse(result);
        if (expectedValue.Length == 0)
        {
            Assert.Null(parsed.Number);
            Assert.Equal(result, parsed.Text);
            return;
        }

        Assert.NotNull(parsed.Number);
        var conversion = UnitNormalizer.Convert(parsed.Number.Value, unit.Length > 0 ? unit : parsed.Unit!, loinc);

        Assert.Equal(double.Parse(expectedValue, CultureInfo.InvariantCulture), conversion.Value, 3);
        Assert.Equal(expectedUnit, conversion.Unit);
        Assert.Equal(expectedIssue.Length == 0 ? null : expectedIssue, conversion.IssueCode);
    }
}

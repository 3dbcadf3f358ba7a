using OmicsBridge.Harmonize.Values;

namespace OmicsBridge.Harmonize.Tests.Values;

public sealed class ClinicalValueParserTests
{
    [Theory]
    [InlineData("5.4", 5.4, null, null)]
    [InlineData("<0.5", 0.5, "<", null)]
    [InlineData(">=1000", 1000.0, ">=", null)]
    [InlineData("≤ 3", 3.0, "<=", null)]
    [InlineData("1,234.5", 1234.5, null, null)]
    [InlineData("5.4 mg/dL", 5.4, null, "mg/dL")]
    [InlineData("5.4e3", 5400.0, null, null)]
    [InlineData("-2.5", -2.5, null, null)]
    [InlineData(" > 90 mL/min/{1.73_m2} ", 90.0, ">", "mL/min/{1.73_m2}")]
    [InlineData("7.2 x10^9/L", 7.2, null, "x10^9/L")]
    [InlineData("12%", 12.0, null, "%")]
    [InlineData(".5", 0.5, null, null)]
    public void Parse_NumericText_SplitsNumberComparatorAndUnit(string text, double number, string? comparator, string? unit)
    {
        var value = ClinicalValueParser.Parse(text);

        Assert.Equal(number, value.Number);
        Assert.Equal(comparator, value.Comparator);
        Assert.Equal(unit, value.Unit);
        Assert.Null(value.Code);
        Assert.Null(value.Text);
        Assert.Equal(text, value.Original);
    }

    [Theory]
    [InlineData("positive", "10828004")]
    [InlineData("NEG", "260385009")]
    [InlineData("Negative.", "260385009")]
    [InlineData("trace", "260405006")]
    [InlineData("detected", "260373001")]
    [InlineData("Not  Detected", "260415000")]
    [InlineData("+", "260347006")]
    [InlineData("1+", "260347006")]
    [InlineData("++", "260348001")]
    [InlineData("3+", "260349009")]
    [InlineData("non-reactive", "131194007")]
    public void Parse_QualitativeText_MapsToSnomed(string text, string code)
    {
        var value = ClinicalValueParser.Parse(text);

        Assert.Equal(code, value.Code);
        Assert.NotNull(value.CodeDisplay);
        Assert.Null(value.Number);
        Assert.Null(value.Text);
        Assert.Equal(text, value.Original);
    }

    [Theory]
    [InlineData("see note")]
    [InlineData("5-10")]
    [InlineData("1,5")]
    [InlineData("hemolysed, recollect")]
    public void Parse_OtherText_KeepsItAsText(string text)
    {
        var value = ClinicalValueParser.Parse(text);

        Assert.Equal(text, value.Text);
        Assert.Null(value.Number);
        Assert.Null(value.Code);
        Assert.False(value.IsMissing);
    }

    [Theory]
    [InlineData("N/A")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData(null)]
    public void Parse_MissingMarker_IsMissingAndKeepsOriginal(string? text)
    {
        var value = ClinicalValueParser.Parse(text);

        Assert.True(value.IsMissing);
        Assert.Equal(text ?? string.Empty, value.Original);
    }
}

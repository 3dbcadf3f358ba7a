using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Harmonize.Units;

namespace OmicsBridge.Harmonize.Tests.Units;

public sealed class UnitNormalizerTests
{
    [Theory]
    [InlineData("mg/dl", "mg/dL")]
    [InlineData("MG/DL", "mg/dL")]
    [InlineData("mmol/l", "mmol/L")]
    [InlineData("%", "%")]
    [InlineData("g/dl", "g/dL")]
    [InlineData("10^9/L", "10*9/L")]
    [InlineData("x10E3/uL", "10*3/uL")]
    [InlineData("IU/L", "[IU]/L")]
    [InlineData("U/L", "U/L")]
    [InlineData("mEq/L", "meq/L")]
    [InlineData("µmol/L", "umol/L")]
    [InlineData("ng/ml", "ng/mL")]
    [InlineData("ml/min", "mL/min")]
    [InlineData("10^12/L", "10*12/L")]
    [InlineData("mL/min/1.73m2", "mL/min/{1.73_m2}")]
    [InlineData("nmol/L", "nmol/L")]
    [InlineData(" mg/L ", "mg/L")]
    [InlineData("mm[Hg]", "mm[Hg]")]
    [InlineData("mmHg", "mm[Hg]")]
    [InlineData("{cells}/uL", "{cells}/uL")]
    public void TryNormalize_CommonAlias_GivesUcum(string text, string expected)
    {
        Assert.True(UnitNormalizer.TryNormalize(text, out var ucum));
        Assert.Equal(expected, ucum);
    }

    [Theory]
    [InlineData("furlongs")]
    [InlineData("")]
    [InlineData("mg/dL/zz")]
    [InlineData(null)]
    public void TryNormalize_NotAUnit_Fails(string? text)
        => Assert.False(UnitNormalizer.TryNormalize(text, out _));

    [Theory]
    [InlineData(5.5, "mmol/L", "2345-7", 99.0858, "mg/dL")]
    [InlineData(100, "mg/dl", "15074-8", 5.5507, "mmol/L")]
    [InlineData(1, "mg/dL", "14682-9", 88.4017, "umol/L")]
    [InlineData(88.4, "µmol/L", "2160-0", 1.0000, "mg/dL")]
    [InlineData(5, "mEq/L", "2000-8", 2.5, "mmol/L")]
    [InlineData(2.5, "mmol/L", "17861-6", 10.0195, "mg/dL")]
    [InlineData(5.2, "mmol/L", "2093-3", 201.058, "mg/dL")]
    [InlineData(1.7, "mmol/L", "2571-8", 150.569, "mg/dL")]
    [InlineData(7, "%", "59261-8", 53.0057, "mmol/mol")]
    [InlineData(53, "mmol/mol", "4548-4", 6.99948, "%")]
    [InlineData(135, "g/L", "718-7", 13.5, "g/dL")]
    [InlineData(140, "mEq/L", "2951-2", 140, "mmol/L")]
    public void Convert_KnownAnalyte_GivesCanonicalUnit(double value, string unit, string loinc, double expected, string expectedUnit)
    {
        var result = UnitNormalizer.Convert(value, unit, loinc);

        Assert.True(result.Converted);
        Assert.Equal(expectedUnit, result.Unit);
        Assert.Equal(expected, result.Value, 3);
        Assert.Equal(value, result.OriginalValue);
        Assert.Equal(unit, result.OriginalUnit);
        Assert.Null(result.IssueCode);
    }

    [Fact]
    public void Convert_AlreadyCanonical_KeepsValueNormalisedUnit()
    {
        var result = UnitNormalizer.Convert(99, "mg/dl", "2345-7");

        Assert.False(result.Converted);
        Assert.Equal(99, result.Value);
        Assert.Equal("mg/dL", result.Unit);
        Assert.Null(result.IssueCode);
    }

    [Fact]
    public void Convert_UnknownUnit_KeepsValueAndReportsUnit001()
    {
        var result = UnitNormalizer.Convert(5.4, "furlongs", "2345-7");

        Assert.False(result.Converted);
        Assert.Equal(5.4, result.Value);
        Assert.Equal("furlongs", result.Unit);
        Assert.Equal(UnitIssueCodes.UnknownUnit, result.IssueCode);
        var issue = result.ToIssue("labs.csv", 12, "unit");
        Assert.NotNull(issue);
        Assert.Equal(IssueSeverity.Warning, issue.Severity);
        Assert.Equal(12, issue.Line);
    }

    [Fact]
    public void Convert_NoMolarMass_KeepsValueAndReportsUnit002()
    {
        var result = UnitNormalizer.Convert(8.4, "mmol/L", "718-7");

        Assert.False(result.Converted);
        Assert.Equal(8.4, result.Value);
        Assert.Equal("mmol/L", result.Unit);
        Assert.Equal(UnitIssueCodes.NoConversion, result.IssueCode);
    }

    [Fact]
    public void Convert_NoLoinc_OnlyNormalisesTheUnit()
    {
        var result = UnitNormalizer.Convert(7.2, "x10^9/l", null);

        Assert.False(result.Converted);
        Assert.Equal("10*9/L", result.Unit);
        Assert.Null(result.ToIssue("f", 1, null));
    }
}

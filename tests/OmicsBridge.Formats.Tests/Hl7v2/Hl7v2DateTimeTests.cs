using OmicsBridge.Formats.Hl7v2;

namespace OmicsBridge.Formats.Tests.Hl7v2;

public sealed class Hl7v2DateTimeTests
{
    [Theory]
    [InlineData("1961", Hl7v2DateTimePrecision.Year, "1961")]
    [InlineData("196106", Hl7v2DateTimePrecision.Month, "1961-06")]
    [InlineData("19610615", Hl7v2DateTimePrecision.Day, "1961-06-15")]
    [InlineData("2011010314", Hl7v2DateTimePrecision.Hour, "2011-01-03T14:00")]
    [InlineData("201101031434", Hl7v2DateTimePrecision.Minute, "2011-01-03T14:34")]
    [InlineData("20110103143428-0800", Hl7v2DateTimePrecision.Second, "2011-01-03T14:34:28-08:00")]
    [InlineData("20210817151943.4+0200", Hl7v2DateTimePrecision.FractionalSecond, "2021-08-17T15:19:43.4+02:00")]
    [InlineData("20210817151943.1234", Hl7v2DateTimePrecision.FractionalSecond, "2021-08-17T15:19:43.1234")]
    [InlineData("198908181126+0215", Hl7v2DateTimePrecision.Minute, "1989-08-18T11:26+02:15")]
    [InlineData("20240229", Hl7v2DateTimePrecision.Day, "2024-02-29")]
    public void TryParse_ValidValue_KeepsPrecisionAndRendersIso(string text, Hl7v2DateTimePrecision precision, string iso)
    {
        Assert.True(Hl7v2DateTime.TryParse(text, out var value, out var error), error);

        Assert.Equal(precision, value.Precision);
        Assert.Equal(iso, value.ToString());
    }

    [Theory]
    [InlineData("20230230", "day does not exist")]
    [InlineData("20230229", "day does not exist")]
    [InlineData("20231301", "month must be")]
    [InlineData("2023010125", "time must be")]
    [InlineData("20230101126000", "time must be")]
    [InlineData("202301011", "must be YYYY")]
    [InlineData("2023-01-01", "offset")]
    [InlineData("20230101+05", "offset")]
    [InlineData("20230101+1500", "outside")]
    [InlineData("202301011200.5", "fractional seconds")]
    [InlineData("20230101120000.12345", "fractional seconds")]
    [InlineData("0000", "year 0000")]
    [InlineData("", "must be YYYY")]
    [InlineData("abcd", "must be YYYY")]
    public void TryParse_InvalidValue_FailsWithAReason(string text, string reason)
    {
        Assert.False(Hl7v2DateTime.TryParse(text, out _, out var error));

        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ToDateTimeOffset_FractionAndOffset_AreExact()
    {
        Assert.True(Hl7v2DateTime.TryParse("20110103143428.25-0800", out var value, out _));

        var instant = value.ToDateTimeOffset(TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2011, 1, 3, 14, 34, 28, 250, TimeSpan.FromHours(-8)), instant);
        Assert.Equal(2, value.FractionDigits);
    }

    [Fact]
    public void ToDateOnly_MonthPrecision_IsNullBecauseTheDayWasNotSent()
    {
        Assert.True(Hl7v2DateTime.TryParse("196106", out var value, out _));

        Assert.Null(value.ToDateOnly());
        Assert.Null(value.Day);
        Assert.Equal(new DateTimeOffset(1961, 6, 1, 0, 0, 0, TimeSpan.FromHours(1)), value.ToDateTimeOffset(TimeSpan.FromHours(1)));
    }
}

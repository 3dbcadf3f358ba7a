using OmicsBridge.Core.Clinical;

namespace OmicsBridge.Core.Tests.Clinical;

public sealed class PartialDateTimeTests
{
    [Theory]
    [InlineData("1974", DatePrecision.Year, 1974, 1, 1)]
    [InlineData("1974-12", DatePrecision.Month, 1974, 12, 1)]
    [InlineData("1974-12-25", DatePrecision.Day, 1974, 12, 25)]
    [InlineData("2024-02-29", DatePrecision.Day, 2024, 2, 29)]
    [InlineData("2013-04-02T09:30+01:00", DatePrecision.Minute, 2013, 4, 2)]
    [InlineData("2013-04-02T09:30:10.25-05:00", DatePrecision.Second, 2013, 4, 2)]
    public void TryParse_ValidFhirDates_KeepPrecisionAndStart(string text, DatePrecision precision, int year, int month, int day)
    {
        Assert.True(PartialDateTime.TryParse(text, out var value));
        Assert.Equal(precision, value.Precision);
        Assert.Equal(new DateOnly(year, month, day), value.Start);
        Assert.Equal(text, value.Text);
    }

    [Theory]
    [InlineData("2023-02-30")] // the day does not exist
    [InlineData("2023-02-29")] // not a leap year
    [InlineData("2023-13")]
    [InlineData("2023-00-10")]
    [InlineData("23-01-01")]
    [InlineData("2023/01/01")]
    [InlineData("2023-01-01 10:00")]
    [InlineData("")]
    [InlineData("2013-04-02T25:00:00Z")]
    [InlineData("2013-04-02T09:30:10+01")]
    [InlineData("2013-04-02T09:30:10.Z")]
    public void TryParse_ImpossibleOrMalformedDates_Fail(string text)
    {
        Assert.False(PartialDateTime.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_TimestampWithOffset_KeepsTheOffsetNotTheMachineZone()
    {
        Assert.True(PartialDateTime.TryParse("2013-04-02T09:30:10+01:00", out var value));

        Assert.Equal(TimeSpan.FromHours(1), value.Instant?.Offset);
        Assert.Equal(new DateTimeOffset(2013, 4, 2, 8, 30, 10, TimeSpan.Zero), value.Instant?.ToUniversalTime());
    }

    [Fact]
    public void TryParse_FractionalSecondsWithoutOffset_ReadsTicksAsUtc()
    {
        Assert.True(PartialDateTime.TryParse("2013-04-02T09:30:10.1234567", out var value));

        Assert.Equal(new DateTimeOffset(2013, 4, 2, 9, 30, 10, TimeSpan.Zero).AddTicks(1234567), value.Instant);
    }
}

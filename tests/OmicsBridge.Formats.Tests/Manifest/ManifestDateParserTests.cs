using OmicsBridge.Formats.Manifest;

namespace OmicsBridge.Formats.Tests.Manifest;

public sealed class ManifestDateParserTests
{
    [Theory]
    [InlineData("2021-03-14")]
    [InlineData("20210314")]
    [InlineData("2021/03/14")]
    [InlineData("2021-03-14T23:59:00-05:00")]
    [InlineData("2021-03-14 08:00:00")]
    [InlineData("14-Mar-2021")]
    [InlineData("14 Mar 2021")]
    [InlineData("Mar 14, 2021")]
    [InlineData("March 14, 2021")]
    [InlineData("14/03/2021")]
    [InlineData("03/14/2021")]
    [InlineData("14.03.2021")]
    public void TryParse_AcceptedShape_ReadsMarch14(string text)
    {
        Assert.Equal(ManifestDateParser.Outcome.Parsed, ManifestDateParser.TryParse(text, ManifestDateOrder.Unspecified, out var date));
        Assert.Equal(new DateOnly(2021, 3, 14), date);
    }

    [Theory]
    [InlineData("03/04/2021", "Ambiguous")]
    [InlineData("2021-02-30", "Invalid")]
    [InlineData("14/03/21", "Invalid")]
    [InlineData("yesterday", "Invalid")]
    [InlineData("13/13/2021", "Invalid")]
    public void TryParse_UnreadableDate_SaysWhy(string text, string expected)
        => Assert.Equal(expected, ManifestDateParser.TryParse(text, ManifestDateOrder.Unspecified, out _).ToString());
}

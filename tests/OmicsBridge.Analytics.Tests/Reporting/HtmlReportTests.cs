using OmicsBridge.Analytics.Reporting;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Testing;

namespace OmicsBridge.Analytics.Tests.Reporting;

public sealed class HtmlReportTests
{
    [Fact]
    public void Render_TextAndTables_AreEncodedAndNumbersInvariant()
    {
        var report = new HtmlReport("Cohort <A&B>")
            .Section("Survival")
            .Paragraph("p < 0.05 & more")
            .Table(["group", "median", "p"], [["x<y", 1234.5678, 1.5e-7], ["z", null, double.NaN]]);

        var html = report.Render();

        Assert.Contains("<title>Cohort &lt;A&amp;B&gt;</title>", html, StringComparison.Ordinal);
        Assert.Contains("<p>p &lt; 0.05 &amp; more</p>", html, StringComparison.Ordinal);
        Assert.Contains("<td>x&lt;y</td><td class=\"n\">1235</td><td class=\"n\">1.5e-7</td>", html, StringComparison.Ordinal);
        Assert.Contains("<td>—</td><td class=\"n\">NA</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_PngAndSvg_AreEmbeddedNotLinked()
    {
        using var dir = new TempDirectory();
        var png = dir.Combine("plot.png");
        File.WriteAllBytes(png, [0x89, 0x50, 0x4E, 0x47, 1, 2, 3]);
        var svg = dir.Combine("plot.svg");
        File.WriteAllText(svg, "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg>");

        var report = new HtmlReport("r").Image(png, "km").Image(svg, "forest");
        var html = report.Render();

        Assert.Equal(2, report.ImageCount);
        Assert.Contains("src=\"data:image/png;base64," + Convert.ToBase64String(File.ReadAllBytes(png)) + "\"", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect/></svg><figcaption>forest</figcaption>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        Assert.DoesNotContain(dir.Path, html, StringComparison.Ordinal);
    }

    [Fact]
    public void Image_OtherExtension_Throws()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("plot.jpg");
        File.WriteAllBytes(path, [1]);

        Assert.Throws<OmicsBridgeException>(() => new HtmlReport("r").Image(path, "x"));
    }

    [Fact]
    public void Save_WithTimestamp_WritesUtcStampAndTableOfContents()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("out", "report.html");

        new HtmlReport("r").Section("One").Section("Two").Save(path, new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)));

        var html = File.ReadAllText(path);
        Assert.Contains("Generated 2026-01-02 01:04:05 UTC", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#s2\">Two</a>", html, StringComparison.Ordinal);
    }
}

using OmicsBridge.Analytics.Plots;
using OmicsBridge.Analytics.Survival;
using OmicsBridge.Testing;
using static OmicsBridge.Analytics.Tests.Survival.SurvivalFixtures;

namespace OmicsBridge.Analytics.Tests.Survival;

public sealed class SurvivalPlotTests
{
    private static readonly byte[] s_pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Theory]
    [InlineData("km.png")]
    [InlineData("km.svg")]
    public void KaplanMeierSave_LungBySex_WritesValidImage(string name)
    {
        using var folder = new TempDirectory("ob-km");
        var data = Load("lung.csv").Prepare(new SurvivalSpec("time", "status") { Group = "sex" });
        var path = folder.Combine(name);

        KaplanMeierPlot.Save(KaplanMeier.Fit(data), path, new KaplanMeierPlotOptions { Title = "lung: survival by sex", GroupName = "sex" });

        AssertImage(path);
    }

    [Theory]
    [InlineData("forest.png")]
    [InlineData("forest.svg")]
    public void ForestSave_VeteranCox_WritesValidImage(string name)
    {
        using var folder = new TempDirectory("ob-forest");
        var path = folder.Combine(name);

        ForestPlot.Save(CoxRegressionTests.Veteran(), path);

        AssertImage(path);
    }

    [Fact]
    public void KaplanMeierSave_WithSmallCellThreshold_LeavesOutSmallGroupsAndTailsAndMasksAtRiskCounts()
    {
        using var folder = new TempDirectory("ob-km");
        // lung by ph.ecog: groups of 63, 113, 50 and 1 patient(s); late in follow-up fewer than 5 remain at risk.
        var curves = KaplanMeier.Fit(Load("lung.csv").Prepare(new SurvivalSpec("time", "status") { Group = "ph.ecog" }));
        var options = new KaplanMeierPlotOptions { GroupName = "ecog", AtRiskTimes = [0, 500, 800] };
        var full = folder.Combine("full.svg");
        var governed = folder.Combine("governed.svg");

        KaplanMeierPlot.Save(curves, full, options);
        KaplanMeierPlot.Save(curves, governed, options with { MinimumAtRisk = 5 });

        var fullSvg = File.ReadAllText(full);
        var governedSvg = File.ReadAllText(governed);
        Assert.Contains("ecog=3", fullSvg, StringComparison.Ordinal);
        Assert.DoesNotContain("ecog=3", governedSvg, StringComparison.Ordinal);
        Assert.Contains(curves, c => c.Summarize([800]).Single().NumberAtRisk is > 0 and < 5);
        Assert.Contains("&lt;5", governedSvg, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;5", fullSvg, StringComparison.Ordinal);

        var tiny = KaplanMeier.Fit([1.0, 2, 3], [true, false, true]);
        Assert.Throws<OmicsBridge.Core.Diagnostics.OmicsBridgeException>(() => KaplanMeierPlot.Save([tiny], folder.Combine("tiny.svg"), options with { MinimumAtRisk = 5 }));
    }

    [Fact]
    public void KaplanMeierSave_UnknownExtension_Throws()
    {
        using var folder = new TempDirectory("ob-km");
        var curve = KaplanMeier.Fit([1.0, 2, 3], [true, false, true]);

        Assert.Throws<OmicsBridge.Core.Diagnostics.OmicsBridgeException>(() => KaplanMeierPlot.Save([curve], folder.Combine("km.bmp")));
    }

    private static void AssertImage(string path)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 10_000, $"{path} is only {bytes.Length} bytes");
        if (path.EndsWith(".png", StringComparison.Ordinal))
        {
            Assert.Equal(s_pngSignature, bytes.Take(8));
            return;
        }

        var svg = System.Xml.Linq.XDocument.Load(path);
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.True(svg.Descendants().Count() > 50);
    }
}

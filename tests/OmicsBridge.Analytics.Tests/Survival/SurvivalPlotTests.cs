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

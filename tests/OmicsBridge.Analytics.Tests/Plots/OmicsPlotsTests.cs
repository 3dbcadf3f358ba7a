using OmicsBridge.Analytics.Clustering;
using OmicsBridge.Analytics.Plots;
using OmicsBridge.Testing;

namespace OmicsBridge.Analytics.Tests.Plots;

/// <summary>Render tests: each plot writes a valid PNG of the asked size and an SVG carrying its labels.</summary>
public sealed class OmicsPlotsTests : IDisposable
{
    private readonly TempDirectory _dir = new("ob-plots");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void VolcanoPlot_Save_WritesPngAndLabelledSvg()
    {
        double[] fc = [-3, -0.2, 0.1, 2.5, 1.4, -1.6, 0.3];
        double[] p = [1e-8, 0.4, 0.9, 1e-5, 0.01, 0.003, double.NaN];
        string[] names = ["TP53", "GAPDH", "ACTB", "MYC", "EGFR", "CDKN2A", "NA"];
        var png = _dir.Combine("volcano.png");
        VolcanoPlot.Save(fc, p, png, names: names, options: new PlotOptions { Width = 640, Height = 480 });
        PlotAssert.IsPng(png, 640, 480);
        var svg = _dir.Combine("volcano.svg");
        VolcanoPlot.Save(fc, p, svg, names: names);
        PlotAssert.IsSvgContaining(svg, "TP53", "MYC", "log2 fold change", "up (2)", "down (2)", "not significant (2)");
    }

    [Fact]
    public void PcaScatterPlot_Save_WritesPngAndSvgWithGroupsAndVariance()
    {
        var data = new double[12, 3];
        for (var i = 0; i < 12; i++)
        {
            data[i, 0] = i < 6 ? i * 0.1 : 5 + i * 0.1;
            data[i, 1] = (i % 3) * 0.5;
            data[i, 2] = i % 2;
        }

        var pca = Pca.Fit(data, 2);
        string[] groups = [.. Enumerable.Range(0, 12).Select(i => i < 6 ? "tumour" : "normal")];
        var png = _dir.Combine("pca.png");
        PcaScatterPlot.Save(pca, groups, png);
        PlotAssert.IsPng(png, 800, 600);
        var svg = _dir.Combine("pca.svg");
        PcaScatterPlot.Save(pca, groups, svg);
        PlotAssert.IsSvgContaining(svg, "tumour", "normal", "PC1 (");
    }

    [Fact]
    public void HeatmapPlot_Save_WritesPngAndSvgWithLabels()
    {
        var values = new double[4, 5];
        for (var i = 0; i < 4; i++) for (var j = 0; j < 5; j++) values[i, j] = i * j;
        var png = _dir.Combine("heat.png");
        HeatmapPlot.Save(values, png, ["g1", "g2", "g3", "g4"], ["s1", "s2", "s3", "s4", "s5"]);
        PlotAssert.IsPng(png, 800, 600);
        var svg = _dir.Combine("heat.svg");
        HeatmapPlot.Save(values, svg, ["g1", "g2", "g3", "g4"], ["s1", "s2", "s3", "s4", "s5"]);
        PlotAssert.IsSvgContaining(svg, "g3", "s5");
    }

    [Fact]
    public void UpSetPlot_Combinations_CountsEachItemOnceUnderItsExactSet()
    {
        var sets = new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["genomics"] = ["p1", "p2", "p3", "p4"],
            ["transcriptomics"] = ["p1", "p2", "p5"],
            ["proteomics"] = ["p1"],
        };
        var combos = UpSetPlot.Combinations(sets);
        Assert.Equal(4, combos.Count);
        Assert.Equal(["genomics"], combos[0].Sets);
        Assert.Equal(2, combos[0].Count);
        Assert.Equal(5, combos.Sum(c => c.Count));
        Assert.Contains(combos, c => c.Count == 1 && c.Sets.SequenceEqual(["genomics", "transcriptomics", "proteomics"]));

        var png = _dir.Combine("upset.png");
        UpSetPlot.Save(sets, png);
        PlotAssert.IsPng(png, 800, 600);
        var svg = _dir.Combine("upset.svg");
        UpSetPlot.Save(sets, svg);
        PlotAssert.IsSvgContaining(svg, "genomics", "proteomics", "Intersection size");
    }

    [Fact]
    public void PlotFile_UnknownExtension_ThrowsUsage()
    {
        var ex = Assert.Throws<OmicsBridge.Core.Diagnostics.OmicsBridgeException>(() =>
            VolcanoPlot.Save([1.0], [0.01], _dir.Combine("volcano.pdf")));
        Assert.Equal(OmicsBridge.Core.Diagnostics.ErrorKind.Usage, ex.Kind);
    }
}

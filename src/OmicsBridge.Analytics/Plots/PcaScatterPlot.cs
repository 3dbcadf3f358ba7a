using System.Globalization;
using OmicsBridge.Analytics.Clustering;
using ScottPlot;

namespace OmicsBridge.Analytics.Plots;

/// <summary>Scores of two principal components, one colour per group, axes labelled with the variance explained.</summary>
public static class PcaScatterPlot
{
    public static void Save(PcaResult pca, IReadOnlyList<string> groups, string path, int xComponent = 0, int yComponent = 1, PlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(pca);
        ArgumentNullException.ThrowIfNull(groups);
        options ??= new PlotOptions();
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var levels = groups.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        for (var g = 0; g < levels.Length; g++)
        {
            var rows = Enumerable.Range(0, groups.Count).Where(i => groups[i] == levels[g]).ToArray();
            var xs = rows.Select(i => pca.Scores[i, xComponent]).ToArray();
            var ys = rows.Select(i => pca.Scores[i, yComponent]).ToArray();
            var markers = plot.Add.Markers(xs, ys, MarkerShape.FilledCircle, 7, palette.GetColor(g));
            markers.LegendText = levels[g];
        }

        plot.XLabel(AxisLabel(pca, xComponent));
        plot.YLabel(AxisLabel(pca, yComponent));
        plot.Title(options.Title ?? "PCA");
        plot.ShowLegend(Alignment.UpperRight);
        PlotFile.Save(plot, path, options);
    }

    private static string AxisLabel(PcaResult pca, int component) =>
        string.Create(CultureInfo.InvariantCulture, $"PC{component + 1} ({pca.VarianceExplained[component] * 100:0.0}%)");
}

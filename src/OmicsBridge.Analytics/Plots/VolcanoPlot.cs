using ScottPlot;

namespace OmicsBridge.Analytics.Plots;

/// <summary>Volcano plot: log2 fold change against -log10 p, up- and down-regulated features coloured.</summary>
/// <remarks>A feature is called when its (adjusted, if given) p is below <c>alpha</c> and |log2 FC| is at least
/// <c>foldChangeThreshold</c>; the y axis always shows the raw p. NaN p-values are left out. The
/// <c>labelTop</c> smallest p-values among called features are labelled with their names.</remarks>
public static class VolcanoPlot
{
    public static void Save(
        IReadOnlyList<double> logFoldChange, IReadOnlyList<double> pValues, string path,
        IReadOnlyList<double>? adjustedPValues = null, IReadOnlyList<string>? names = null,
        double alpha = 0.05, double foldChangeThreshold = 1, int labelTop = 10, PlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(logFoldChange);
        ArgumentNullException.ThrowIfNull(pValues);
        options ??= new PlotOptions();
        var calls = adjustedPValues ?? pValues;
        var groups = new (List<double> X, List<double> Y, string Legend, Color Color)[]
        {
            ([], [], "not significant", Colors.Gray.WithAlpha(0.5)),
            ([], [], "up", Colors.FireBrick),
            ([], [], "down", Colors.SteelBlue),
        };
        var called = new List<int>();
        for (var i = 0; i < logFoldChange.Count; i++)
        {
            if (double.IsNaN(pValues[i]) || double.IsNaN(logFoldChange[i]))
            {
                continue;
            }

            var y = -Math.Log10(Math.Max(pValues[i], 1e-300));
            var significant = calls[i] < alpha && Math.Abs(logFoldChange[i]) >= foldChangeThreshold;
            var g = !significant ? 0 : logFoldChange[i] > 0 ? 1 : 2;
            groups[g].X.Add(logFoldChange[i]);
            groups[g].Y.Add(y);
            if (significant)
            {
                called.Add(i);
            }
        }

        var plot = new Plot();
        foreach (var (x, y, legend, color) in groups)
        {
            if (x.Count == 0)
            {
                continue;
            }

            var markers = plot.Add.Markers(x.ToArray(), y.ToArray(), MarkerShape.FilledCircle, 5, color);
            markers.LegendText = legend + " (" + x.Count.ToString(System.Globalization.CultureInfo.InvariantCulture) + ")";
        }

        if (names is not null)
        {
            foreach (var i in called.OrderBy(i => pValues[i]).Take(labelTop))
            {
                var text = plot.Add.Text(names[i], logFoldChange[i], -Math.Log10(Math.Max(pValues[i], 1e-300)));
                text.LabelFontSize = 10;
            }
        }

        var line = plot.Add.VerticalLine(foldChangeThreshold);
        line.LinePattern = LinePattern.Dashed;
        line.Color = Colors.Black.WithAlpha(0.4);
        var line2 = plot.Add.VerticalLine(-foldChangeThreshold);
        line2.LinePattern = LinePattern.Dashed;
        line2.Color = Colors.Black.WithAlpha(0.4);
        plot.XLabel("log2 fold change");
        plot.YLabel("-log10 p");
        plot.Title(options.Title ?? "Volcano plot");
        plot.ShowLegend(Alignment.UpperLeft);
        PlotFile.Save(plot, path, options);
    }
}

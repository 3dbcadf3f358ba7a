using ScottPlot;

namespace OmicsBridge.Analytics.Plots;

/// <summary>Heatmap of a features × samples matrix (first row at the top), with a colour bar and optional labels.</summary>
/// <remarks>Rows are drawn in the order given; pass rows reordered by <see cref="Clustering.Dendrogram.Order"/> for a
/// clustered heatmap. Labels are drawn only when there are at most 60 of them on that axis, to stay legible.</remarks>
public static class HeatmapPlot
{
    private const int MaxLabels = 60;

    public static void Save(double[,] values, string path, IReadOnlyList<string>? rowLabels = null, IReadOnlyList<string>? columnLabels = null, PlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        options ??= new PlotOptions();
        var rows = values.GetLength(0);
        var cols = values.GetLength(1);
        var plot = new Plot();
        var heatmap = plot.Add.Heatmap(values);
        heatmap.Colormap = new ScottPlot.Colormaps.Viridis();
        plot.Add.ColorBar(heatmap);
        if (rowLabels is not null && rowLabels.Count == rows && rows <= MaxLabels)
        {
            // Heatmap cell centres sit at integer positions, row 0 drawn at the top (highest y).
            var positions = Enumerable.Range(0, rows).Select(r => (double)(rows - 1 - r)).ToArray();
            plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, [.. rowLabels]);
        }

        if (columnLabels is not null && columnLabels.Count == cols && cols <= MaxLabels)
        {
            var positions = Enumerable.Range(0, cols).Select(c => (double)c).ToArray();
            plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, [.. columnLabels]);
            plot.Axes.Bottom.TickLabelStyle.Rotation = -45;
            plot.Axes.Bottom.TickLabelStyle.Alignment = Alignment.MiddleRight;
            plot.Axes.Bottom.MinimumSize = 12 + 6 * columnLabels.Max(l => l.Length); // room for the rotated labels
        }

        plot.Title(options.Title ?? "Heatmap");
        PlotFile.Save(plot, path, options);
    }
}

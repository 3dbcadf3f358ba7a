using System.Globalization;
using OmicsBridge.Analytics.Survival;
using OmicsBridge.Core.Diagnostics;
using ScottPlot;

namespace OmicsBridge.Analytics.Plots;

/// <summary>
/// A forest plot of Cox hazard ratios: one row per coefficient with its confidence interval on a log axis, a dashed
/// line at HR = 1 and the numbers ("HR (lower–upper), p") beside each row; PNG or SVG by file extension.
/// </summary>
public static class ForestPlot
{
    public static void Save(CoxModel model, string path, ForestPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Save(model.Coefficients, path, options);
    }

    public static void Save(IReadOnlyList<CoxCoefficient> coefficients, string path, ForestPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(coefficients);
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= ForestPlotOptions.Default;
        if (coefficients.Count == 0)
        {
            throw OmicsBridgeException.InvalidInput("There are no coefficients to plot.");
        }

        var finite = coefficients.Where(c => double.IsFinite(c.HazardRatioLower) && double.IsFinite(c.HazardRatioUpper) && c.HazardRatioLower > 0).ToArray();
        var minLog = Math.Min(0, finite.Length == 0 ? -1 : finite.Min(c => Math.Log(c.HazardRatioLower)));
        var maxLog = Math.Max(0, finite.Length == 0 ? 1 : finite.Max(c => Math.Log(c.HazardRatioUpper)));
        var span = Math.Max(maxLog - minLog, 0.2);
        var textX = maxLog + (span * 0.12);

        var plot = new Plot();
        var color = new ScottPlot.Palettes.Category10().GetColor(0);
        var positions = new double[coefficients.Count];
        var labels = new string[coefficients.Count];
        for (var i = 0; i < coefficients.Count; i++)
        {
            var c = coefficients[i];
            var y = coefficients.Count - i;
            positions[i] = y;
            labels[i] = c.Name;
            if (c.HazardRatioLower > 0 && double.IsFinite(c.HazardRatioUpper))
            {
                var whisker = plot.Add.Line(Math.Log(c.HazardRatioLower), y, Math.Log(c.HazardRatioUpper), y);
                whisker.LineWidth = 2;
                whisker.LineColor = color;
                whisker.MarkerSize = 0;
            }

            if (c.HazardRatio > 0 && double.IsFinite(c.HazardRatio))
            {
                plot.Add.Marker(Math.Log(c.HazardRatio), y, MarkerShape.FilledSquare, 12, color);
            }

            var label = plot.Add.Text(
                string.Create(CultureInfo.InvariantCulture, $"{c.HazardRatio:0.00} ({c.HazardRatioLower:0.00}-{c.HazardRatioUpper:0.00})  p={FormatP(c.PValue)}"),
                textX,
                y);
            label.LabelFontSize = 13;
            label.LabelAlignment = Alignment.MiddleLeft;
        }

        var reference = plot.Add.VerticalLine(0);
        reference.LinePattern = LinePattern.Dashed;
        reference.Color = Colors.Gray;

        var ticks = new List<double>();
        var tickLabels = new List<string>();
        foreach (var hr in new[] { 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100 })
        {
            var x = Math.Log(hr);
            if (x >= minLog - (span * 0.05) && x <= maxLog + (span * 0.05))
            {
                ticks.Add(x);
                tickLabels.Add(hr.ToString("G", CultureInfo.InvariantCulture));
            }
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks], [.. tickLabels]);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Axes.SetLimits(minLog - (span * 0.08), maxLog + (span * 0.75), 0.4, coefficients.Count + 0.6);
        plot.HideGrid();
        if (options.Title is not null)
        {
            plot.Title(options.Title);
        }

        plot.XLabel(options.XLabel);
        var height = options.Height ?? (160 + (coefficients.Count * 45));
        SurvivalPlotCanvas.Save(path, options.Width, height, canvas => plot.Render(canvas, new PixelRect(0, options.Width, height, 0)));
    }

    private static string FormatP(double p)
        => p < 0.001 ? p.ToString("0.0E+0", CultureInfo.InvariantCulture) : p.ToString("0.000", CultureInfo.InvariantCulture);
}

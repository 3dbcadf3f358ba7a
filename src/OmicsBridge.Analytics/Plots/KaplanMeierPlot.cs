using System.Globalization;
using OmicsBridge.Analytics.Survival;
using OmicsBridge.Core.Diagnostics;
using ScottPlot;
using SkiaSharp;

namespace OmicsBridge.Analytics.Plots;

/// <summary>
/// Kaplan–Meier curves (one colour per group) as step functions with shaded confidence bands, "+"-style censoring
/// ticks and a numbers-at-risk table under the plot, written as PNG or SVG by file extension.
/// </summary>
public static class KaplanMeierPlot
{
    private const float LeftPadding = 110;
    private const float RightPadding = 30;

    public static void Save(IReadOnlyList<SurvivalCurve> curves, string path, KaplanMeierPlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(curves);
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= KaplanMeierPlotOptions.Default;
        if (curves.Count == 0)
        {
            throw OmicsBridgeException.InvalidInput("There are no survival curves to plot.");
        }

        curves = [.. curves.Where(c => c.N >= options.MinimumAtRisk)];
        if (curves.Count == 0)
        {
            throw OmicsBridgeException.InvalidInput($"Every group has fewer than {options.MinimumAtRisk} patients; there is no curve that may be drawn.");
        }

        var maxTime = curves.Max(c => Drawn(c, options) is var n && n == 0 ? 0 : c.Time[n - 1]);
        var riskTimes = options.AtRiskTimes ?? DefaultRiskTimes(maxTime);
        var tableHeight = riskTimes.Count == 0 ? 0 : 70 + (curves.Count * 24);
        var mainHeight = options.Height - tableHeight;

        var main = BuildCurves(curves, options, maxTime);
        var table = riskTimes.Count == 0 ? null : BuildRiskTable(curves, riskTimes, maxTime, options);
        SurvivalPlotCanvas.Save(path, options.Width, options.Height, canvas =>
        {
            SurvivalPlotCanvas.RenderInto(canvas, main, new PixelRect(0, options.Width, mainHeight, 0));
            if (table is not null)
            {
                SurvivalPlotCanvas.RenderInto(canvas, table, new PixelRect(0, options.Width, options.Height, mainHeight));
            }
        });
    }

    private static Plot BuildCurves(IReadOnlyList<SurvivalCurve> curves, KaplanMeierPlotOptions options, double maxTime)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        for (var g = 0; g < curves.Count; g++)
        {
            var curve = curves[g];
            var color = palette.GetColor(g);

            // The curve starts at (0, 1) and steps down at each time; bands follow the same steps.
            var xs = new List<double> { 0 };
            var ys = new List<double> { 1 };
            var lower = new List<double> { 1 };
            var upper = new List<double> { 1 };
            var drawn = Drawn(curve, options);
            for (var i = 0; i < drawn; i++)
            {
                xs.Add(curve.Time[i]);
                ys.Add(curve.Survival[i]);
                lower.Add(double.IsNaN(curve.Lower[i]) ? curve.Survival[i] : curve.Lower[i]);
                upper.Add(double.IsNaN(curve.Upper[i]) ? curve.Survival[i] : curve.Upper[i]);
            }

            if (options.ShowConfidenceBands)
            {
                var (bx, bl, bu) = Steps(xs, lower, upper);
                var band = plot.Add.FillY(bx, bl, bu);
                band.FillColor = color.WithAlpha(0.18);
                band.LineWidth = 0;
            }

            var line = plot.Add.Scatter(xs.ToArray(), ys.ToArray(), color);
            line.ConnectStyle = ConnectStyle.StepHorizontal;
            line.MarkerSize = 0;
            line.LineWidth = 2;
            line.LegendText = Label(curve, options);

            if (options.ShowCensorMarks)
            {
                var cx = new List<double>();
                var cy = new List<double>();
                for (var i = 0; i < drawn; i++)
                {
                    if (curve.NumberCensored[i] > 0)
                    {
                        cx.Add(curve.Time[i]);
                        cy.Add(curve.Survival[i]);
                    }
                }

                if (cx.Count > 0)
                {
                    var marks = plot.Add.Markers(cx.ToArray(), cy.ToArray(), MarkerShape.VerticalBar, 9, color);
                    marks.MarkerLineWidth = 1.5f;
                }
            }
        }

        if (options.Title is not null)
        {
            plot.Title(options.Title);
        }

        plot.XLabel(options.XLabel);
        plot.YLabel(options.YLabel);
        plot.Axes.SetLimits(-maxTime * 0.04, maxTime * 1.04, 0, 1.03);
        plot.Layout.Fixed(new PixelPadding(LeftPadding, RightPadding, 60, options.Title is null ? 20 : 45));
        if (curves.Count > 1 || curves[0].Label is not null)
        {
            plot.ShowLegend(Alignment.UpperRight);
        }

        return plot;
    }

    private static Plot BuildRiskTable(IReadOnlyList<SurvivalCurve> curves, IReadOnlyList<double> times, double maxTime, KaplanMeierPlotOptions options)
    {
        var plot = new Plot();
        var palette = new ScottPlot.Palettes.Category10();
        var positions = new double[curves.Count];
        var labels = new string[curves.Count];
        for (var g = 0; g < curves.Count; g++)
        {
            var row = curves.Count - g;
            positions[g] = row;
            labels[g] = Label(curves[g], options);
            var rows = curves[g].Summarize(times);
            foreach (var t in times)
            {
                var match = rows.FirstOrDefault(r => r.Time == t);
                var atRisk = rows.Any(r => r.Time == t) ? match.NumberAtRisk : 0;
                var shown = atRisk > 0 && atRisk < options.MinimumAtRisk
                    ? "<" + options.MinimumAtRisk.ToString(CultureInfo.InvariantCulture)
                    : atRisk.ToString("0", CultureInfo.InvariantCulture);
                var text = plot.Add.Text(shown, t, row);
                text.LabelFontSize = 13;
                text.LabelFontColor = palette.GetColor(g);
                text.LabelAlignment = Alignment.MiddleCenter;
            }
        }

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(positions, labels);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(times.ToArray(), [.. times.Select(t => t.ToString("G6", CultureInfo.InvariantCulture))]);
        plot.Axes.SetLimits(-maxTime * 0.04, maxTime * 1.04, 0.4, curves.Count + 0.6);
        plot.HideGrid();
        plot.Title("Number at risk", 13);
        plot.Layout.Fixed(new PixelPadding(LeftPadding, RightPadding, 25, 36));
        return plot;
    }

    /// <summary>How many of the curve's times are drawn: all, or those before the first with too few at risk.</summary>
    private static int Drawn(SurvivalCurve curve, KaplanMeierPlotOptions options)
    {
        for (var i = 0; i < curve.Time.Count; i++)
        {
            if (curve.NumberAtRisk[i] < options.MinimumAtRisk)
            {
                return i;
            }
        }

        return curve.Time.Count;
    }

    private static string Label(SurvivalCurve curve, KaplanMeierPlotOptions options)
        => curve.Label is null ? "All" : options.GroupName is null ? curve.Label : $"{options.GroupName}={curve.Label}";

    private static (double[] X, double[] Lower, double[] Upper) Steps(List<double> xs, List<double> lower, List<double> upper)
    {
        var n = xs.Count;
        var bx = new double[(2 * n) - 1];
        var bl = new double[bx.Length];
        var bu = new double[bx.Length];
        for (var i = 0; i < n; i++)
        {
            bx[2 * i] = xs[i];
            bl[2 * i] = lower[i];
            bu[2 * i] = upper[i];
            if (i + 1 < n)
            {
                bx[(2 * i) + 1] = xs[i + 1];
                bl[(2 * i) + 1] = lower[i];
                bu[(2 * i) + 1] = upper[i];
            }
        }

        return (bx, bl, bu);
    }

    private static double[] DefaultRiskTimes(double maxTime)
    {
        if (!(maxTime > 0))
        {
            return [0];
        }

        var step = NiceStep(maxTime / 6);
        var times = new List<double>();
        for (var t = 0.0; t <= maxTime + (step * 1e-9); t += step)
        {
            times.Add(t);
        }

        return [.. times];
    }

    private static double NiceStep(double raw)
    {
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / magnitude;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }
}

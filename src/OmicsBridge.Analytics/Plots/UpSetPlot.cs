using System.Globalization;
using ScottPlot;

namespace OmicsBridge.Analytics.Plots;

/// <summary>UpSet-style chart of which modalities each sample (or patient) has: one bar per exact combination of
/// sets, tallest first, over a dot matrix showing the sets in that combination.</summary>
/// <remarks>Combinations are exclusive (an item counts once, under the full set of modalities it has), as UpSetR's
/// default "distinct" mode.</remarks>
public static class UpSetPlot
{
    /// <summary>Counts each exact combination of sets; keys list set names in the order given.</summary>
    public static IReadOnlyList<(IReadOnlyList<string> Sets, int Count)> Combinations(IReadOnlyDictionary<string, IReadOnlyCollection<string>> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var names = sets.Keys.ToArray();
        var membership = new Dictionary<string, bool[]>(StringComparer.Ordinal);
        for (var s = 0; s < names.Length; s++)
        {
            foreach (var item in sets[names[s]])
            {
                if (!membership.TryGetValue(item, out var flags))
                {
                    membership[item] = flags = new bool[names.Length];
                }

                flags[s] = true;
            }
        }

        return membership.Values
            .GroupBy(f => string.Concat(f.Select(b => b ? '1' : '0')), StringComparer.Ordinal)
            .Select(g => ((IReadOnlyList<string>)names.Where((_, i) => g.Key[i] == '1').ToArray(), g.Count()))
            .OrderByDescending(c => c.Item2)
            .ThenBy(c => c.Item1.Count)
            .ThenBy(c => string.Join('&', c.Item1), StringComparer.Ordinal)
            .ToArray();
    }

    public static void Save(IReadOnlyDictionary<string, IReadOnlyCollection<string>> sets, string path, PlotOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        options ??= new PlotOptions();
        var names = sets.Keys.ToArray();
        var combos = Combinations(sets);
        var max = combos.Count == 0 ? 1 : combos.Max(c => c.Count);

        // One plot: bars above zero, the dot matrix below it, each matrix row a modality.
        var rowStep = max / (double)Math.Max(names.Length, 1) * 0.5;
        var plot = new Plot();
        for (var c = 0; c < combos.Count; c++)
        {
            var bar = plot.Add.Bar(c, combos[c].Count);
            bar.Color = Colors.DarkSlateGray;
            var label = plot.Add.Text(combos[c].Count.ToString(CultureInfo.InvariantCulture), c, combos[c].Count);
            label.LabelAlignment = Alignment.LowerCenter;
            label.LabelFontSize = 11;
            var members = new List<double>();
            for (var s = 0; s < names.Length; s++)
            {
                var y = -(s + 1) * rowStep;
                var inSet = combos[c].Sets.Contains(names[s]);
                plot.Add.Marker(c, y, MarkerShape.FilledCircle, 12, inSet ? Colors.Black : Colors.LightGray);
                if (inSet)
                {
                    members.Add(y);
                }
            }

            if (members.Count > 1)
            {
                var link = plot.Add.Line(c, members.Max(), c, members.Min());
                link.LineWidth = 3;
                link.Color = Colors.Black;
            }
        }

        var positions = Enumerable.Range(0, names.Length).Select(s => -(s + 1) * rowStep).ToArray();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var (position, name) in positions.Zip(names))
        {
            ticks.AddMajor(position, name);
        }

        foreach (var value in NiceTicks(max))
        {
            ticks.AddMajor(value, value.ToString("0", CultureInfo.InvariantCulture));
        }

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.SetLimits(-0.7, combos.Count - 0.3, -(names.Length + 0.7) * rowStep, max * 1.12);
        plot.YLabel("Intersection size");
        plot.Title(options.Title ?? "Modalities per sample");
        PlotFile.Save(plot, path, options);
    }

    private static IEnumerable<double> NiceTicks(int max)
    {
        var step = Math.Pow(10, Math.Floor(Math.Log10(Math.Max(max, 1))));
        if (max / step < 3)
        {
            step /= 2;
        }

        for (var v = 0.0; v <= max; v += Math.Max(step, 1))
        {
            yield return v;
        }
    }
}

using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// Kaplan–Meier estimates matching R's <c>survfit(Surv(...) ~ group)</c>: Greenwood variance, log/log-log/plain
/// intervals and, for (start, stop] data, risk sets of rows with start &lt; t ≤ stop (left truncation).
/// </summary>
/// <remarks>One sort per curve, then a single linear pass; no per-time rescans.</remarks>
public static class KaplanMeier
{
    /// <summary>One curve for right-censored data, <c>survfit(Surv(time, event) ~ 1)</c>.</summary>
    public static SurvivalCurve Fit(ReadOnlySpan<double> time, ReadOnlySpan<bool> events, KaplanMeierOptions? options = null)
    {
        SurvivalInput.Validate(time, events, default);
        var index = SurvivalInput.AllRows(time.Length);
        return FitRows(null, time, events, default, index, options ?? KaplanMeierOptions.Default);
    }

    /// <summary>One curve for counting-process data, <c>survfit(Surv(start, stop, event) ~ 1)</c>.</summary>
    public static SurvivalCurve Fit(ReadOnlySpan<double> start, ReadOnlySpan<double> stop, ReadOnlySpan<bool> events, KaplanMeierOptions? options = null)
    {
        SurvivalInput.Validate(stop, events, start);
        var index = SurvivalInput.AllRows(stop.Length);
        return FitRows(null, stop, events, start, index, options ?? KaplanMeierOptions.Default);
    }

    /// <summary>
    /// One curve per group, in sorted (ordinal) group order as R orders factor levels; pass an empty
    /// <paramref name="start"/> for right-censored data.
    /// </summary>
    public static IReadOnlyList<SurvivalCurve> FitGroups(
        ReadOnlySpan<double> start,
        ReadOnlySpan<double> stop,
        ReadOnlySpan<bool> events,
        IReadOnlyList<string> groups,
        KaplanMeierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(groups);
        SurvivalInput.Validate(stop, events, start);
        if (groups.Count != stop.Length)
        {
            throw OmicsBridgeException.InvalidInput($"The group column has {groups.Count} values but there are {stop.Length} times.");
        }

        var (levels, codes) = SurvivalInput.Factor(groups);
        return FitFactor(start, stop, events, levels, codes, options ?? KaplanMeierOptions.Default);
    }

    /// <summary>Curves for a prepared <see cref="SurvivalData"/>: one per group when it has a group column.</summary>
    public static IReadOnlyList<SurvivalCurve> Fit(SurvivalData data, KaplanMeierOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var start = data.Start is null ? default : data.Start.AsSpan();
        return data.Group is null
            ? [FitRows(null, data.Time, data.Event, start, SurvivalInput.AllRows(data.Count), options ?? KaplanMeierOptions.Default)]
            : FitFactor(start, data.Time, data.Event, data.GroupFactor!.Value.Levels, data.GroupFactor.Value.Codes, options ?? KaplanMeierOptions.Default);
    }

    private static SurvivalCurve[] FitFactor(
        ReadOnlySpan<double> start,
        ReadOnlySpan<double> stop,
        ReadOnlySpan<bool> events,
        IReadOnlyList<string> levels,
        int[] codes,
        KaplanMeierOptions options)
    {
        var rowsByGroup = SurvivalInput.SplitRows(codes, levels.Count);
        var curves = new SurvivalCurve[levels.Count];
        for (var g = 0; g < levels.Count; g++)
        {
            curves[g] = FitRows(levels[g], stop, events, start, rowsByGroup[g], options);
        }

        return curves;
    }

    internal static SurvivalCurve FitRows(
        string? label,
        ReadOnlySpan<double> stop,
        ReadOnlySpan<bool> events,
        ReadOnlySpan<double> start,
        int[] rows,
        KaplanMeierOptions options)
    {
        var n = rows.Length;
        var sortedStop = new double[n];
        var sortedEvent = new bool[n];
        var order = (int[])rows.Clone();
        for (var i = 0; i < n; i++)
        {
            sortedStop[i] = stop[order[i]];
        }

        Array.Sort(sortedStop, order);
        for (var i = 0; i < n; i++)
        {
            sortedEvent[i] = events[order[i]];
        }

        double[]? sortedStart = null;
        if (!start.IsEmpty)
        {
            sortedStart = new double[n];
            for (var i = 0; i < n; i++)
            {
                sortedStart[i] = start[rows[i]];
            }

            Array.Sort(sortedStart);
        }

        var times = new List<double>();
        var atRisk = new List<double>();
        var nEvent = new List<double>();
        var nCensor = new List<double>();
        var surv = new List<double>();
        var se = new List<double>();
        double s = 1, varHazard = 0;
        var startPointer = 0;
        var i0 = 0;
        while (i0 < n)
        {
            var t = sortedStop[i0];
            var i1 = i0;
            var deaths = 0;
            while (i1 < n && sortedStop[i1] == t)
            {
                if (sortedEvent[i1])
                {
                    deaths++;
                }

                i1++;
            }

            double risk = n - i0;
            if (sortedStart is not null)
            {
                // Rows that have not entered yet (start >= t) are not at risk at t.
                while (startPointer < n && sortedStart[startPointer] < t)
                {
                    startPointer++;
                }

                risk -= n - startPointer;
            }

            if (deaths > 0)
            {
                varHazard = deaths >= risk ? double.PositiveInfinity : varHazard + (deaths / (risk * (risk - deaths)));
                s *= (risk - deaths) / risk;
            }

            times.Add(t);
            atRisk.Add(risk);
            nEvent.Add(deaths);
            nCensor.Add(i1 - i0 - deaths);
            surv.Add(s);
            se.Add(Math.Sqrt(varHazard));
            i0 = i1;
        }

        return new SurvivalCurve(label, n, [.. times], [.. atRisk], [.. nEvent], [.. nCensor], [.. surv], [.. se], options);
    }
}

using System.Globalization;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Survival;

/// <summary>Checks and small transforms shared by the estimators.</summary>
internal static class SurvivalInput
{
    public static void Validate(ReadOnlySpan<double> time, ReadOnlySpan<bool> events, ReadOnlySpan<double> start)
    {
        if (time.Length != events.Length)
        {
            throw OmicsBridgeException.InvalidInput(
                string.Create(CultureInfo.InvariantCulture, $"There are {time.Length} times but {events.Length} event indicators."));
        }

        if (!start.IsEmpty && start.Length != time.Length)
        {
            throw OmicsBridgeException.InvalidInput(
                string.Create(CultureInfo.InvariantCulture, $"There are {start.Length} start times but {time.Length} stop times."));
        }

        for (var i = 0; i < time.Length; i++)
        {
            if (!double.IsFinite(time[i]))
            {
                throw OmicsBridgeException.InvalidInput(
                    string.Create(CultureInfo.InvariantCulture, $"Time at row {i + 1} is not a finite number; drop missing rows first."));
            }

            if (!start.IsEmpty && !(start[i] < time[i]))
            {
                // Surv(start, stop) requires start < stop; R stops with the same complaint.
                throw OmicsBridgeException.InvalidInput(
                    string.Create(CultureInfo.InvariantCulture, $"Row {i + 1} has start {start[i]} not before stop {time[i]}."));
            }
        }
    }

    public static int[] AllRows(int n)
    {
        var rows = new int[n];
        for (var i = 0; i < n; i++)
        {
            rows[i] = i;
        }

        return rows;
    }

    /// <summary>Levels in ordinal order (R sorts factor levels) and each row's level code.</summary>
    public static (IReadOnlyList<string> Levels, int[] Codes) Factor(IReadOnlyList<string> values)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in values)
        {
            distinct.Add(v);
        }

        var levels = distinct.ToArray();
        Array.Sort(levels, StringComparer.Ordinal);
        var lookup = new Dictionary<string, int>(levels.Length, StringComparer.Ordinal);
        for (var i = 0; i < levels.Length; i++)
        {
            lookup[levels[i]] = i;
        }

        var codes = new int[values.Count];
        for (var i = 0; i < codes.Length; i++)
        {
            codes[i] = lookup[values[i]];
        }

        return (levels, codes);
    }

    public static int[][] SplitRows(int[] codes, int levelCount)
    {
        var counts = new int[levelCount];
        foreach (var c in codes)
        {
            counts[c]++;
        }

        var rows = new int[levelCount][];
        for (var g = 0; g < levelCount; g++)
        {
            rows[g] = new int[counts[g]];
        }

        Array.Clear(counts);
        for (var i = 0; i < codes.Length; i++)
        {
            rows[codes[i]][counts[codes[i]]++] = i;
        }

        return rows;
    }
}

using System.Globalization;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// Complete-case survival data in memory: stop times, event flags, optional start times (counting process), an optional
/// group (separate curves, log-rank groups), optional strata and the numeric design columns of a Cox model.
/// </summary>
public sealed class SurvivalData
{
    private (IReadOnlyList<string> Levels, int[] Codes)? _groupFactor;

    public SurvivalData(
        IReadOnlyList<double> time,
        IReadOnlyList<bool> events,
        IReadOnlyList<double>? start = null,
        IReadOnlyList<string>? group = null,
        IReadOnlyList<string>? strata = null,
        IReadOnlyList<SurvivalCovariate>? covariates = null,
        int droppedRows = 0)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(events);
        Time = [.. time];
        Event = [.. events];
        Start = start is null ? null : [.. start];
        SurvivalInput.Validate(Time, Event, Start);
        Group = group is null ? null : CheckLength([.. group], nameof(group));
        Strata = strata is null ? null : CheckLength([.. strata], nameof(strata));
        Covariates = covariates ?? [];
        foreach (var covariate in Covariates)
        {
            if (covariate.Values.Count != Time.Length)
            {
                throw OmicsBridgeException.InvalidInput(string.Create(
                    CultureInfo.InvariantCulture, $"Covariate '{covariate.Name}' has {covariate.Values.Count} values but there are {Time.Length} rows."));
            }
        }

        DroppedRows = droppedRows;
    }

    /// <summary>Number of rows used.</summary>
    public int Count => Time.Length;

    /// <summary>Rows left out because a used column was missing (R's <c>na.action = na.omit</c>).</summary>
    public int DroppedRows { get; }

    internal double[] Time { get; }

    internal bool[] Event { get; }

    internal double[]? Start { get; }

    internal string[]? Group { get; }

    internal string[]? Strata { get; }

    /// <summary>Group levels (sorted) and each row's level, computed once and shared by curves and tests.</summary>
    internal (IReadOnlyList<string> Levels, int[] Codes)? GroupFactor
        => Group is null ? null : _groupFactor ??= SurvivalInput.Factor(Group);

    /// <summary>Stop (or only) times.</summary>
    public IReadOnlyList<double> Times => Time;

    /// <summary>Whether each row ended in the event.</summary>
    public IReadOnlyList<bool> Events => Event;

    /// <summary>Entry times for (start, stop] data, or null for right-censored data.</summary>
    public IReadOnlyList<double>? StartTimes => Start;

    public IReadOnlyList<string>? Groups => Group;

    public IReadOnlyList<string>? StrataLabels => Strata;

    public IReadOnlyList<SurvivalCovariate> Covariates { get; }

    private string[] CheckLength(string[] values, string name)
    {
        return values.Length == Time.Length
            ? values
            : throw OmicsBridgeException.InvalidInput(string.Create(
                CultureInfo.InvariantCulture, $"The {name} column has {values.Length} values but there are {Time.Length} rows."));
    }
}

namespace OmicsBridge.Analytics.Plots;

/// <summary>Appearance of a <see cref="KaplanMeierPlot"/>.</summary>
public sealed record KaplanMeierPlotOptions
{
    public static KaplanMeierPlotOptions Default { get; } = new();

    public string? Title { get; init; }

    public string XLabel { get; init; } = "Time";

    public string YLabel { get; init; } = "Survival probability";

    public int Width { get; init; } = 900;

    public int Height { get; init; } = 650;

    /// <summary>Name of the grouping column; labels then read as R's strata do (<c>sex=1</c>).</summary>
    public string? GroupName { get; init; }

    public bool ShowConfidenceBands { get; init; } = true;

    public bool ShowCensorMarks { get; init; } = true;

    /// <summary>Times for the at-risk table; null picks about six evenly spaced times; empty hides the table.</summary>
    public IReadOnlyList<double>? AtRiskTimes { get; init; }

    /// <summary>
    /// Small-cell threshold for a pseudonymised audience (0 = none): a group smaller than this is not drawn, each curve
    /// stops before its first time with fewer at risk (the tail is cut, as publications do), and smaller at-risk
    /// counts read "&lt;threshold" in the table.
    /// </summary>
    public int MinimumAtRisk { get; init; }
}

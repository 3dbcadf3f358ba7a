namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// Which columns of a <see cref="SurvivalTable"/> play which role, like the formula
/// <c>Surv(Start, Time, Event) ~ Covariates + strata(Strata)</c> (or <c>~ Group</c> for curves and the log-rank test).
/// </summary>
public sealed record SurvivalSpec(string Time, string Event)
{
    /// <summary>Entry time for (start, stop] data; null for right-censored data.</summary>
    public string? Start { get; init; }

    /// <summary>Column whose levels give separate curves and log-rank groups.</summary>
    public string? Group { get; init; }

    public string? Strata { get; init; }

    public IReadOnlyList<string> Covariates { get; init; } = [];

    /// <summary>Covariates to treat as categorical even when every value is a number (R's <c>factor(x)</c>).</summary>
    public IReadOnlyCollection<string> Categorical { get; init; } = [];
}

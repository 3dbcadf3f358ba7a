namespace OmicsBridge.Analytics.Survival;

/// <summary>Options of a Cox fit; the defaults are those of <c>coxph.control()</c>.</summary>
public sealed record CoxOptions
{
    public static CoxOptions Default { get; } = new();

    public CoxTies Ties { get; init; } = CoxTies.Efron;

    /// <summary>Newton–Raphson iterations at most (<c>iter.max</c>).</summary>
    public int MaxIterations { get; init; } = 20;

    /// <summary>Convergence when |1 − old/new log-likelihood| ≤ this (<c>eps</c>).</summary>
    public double Epsilon { get; init; } = 1e-9;

    /// <summary>Coverage of the hazard-ratio intervals (<c>summary(fit, conf.int=)</c>).</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}

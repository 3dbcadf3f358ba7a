namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// The result of <c>survdiff</c>: per group (sorted levels) the count, observed and expected (weighted) events summed
/// over strata, the variance matrix of O − E, and the chi-square test on groups with expected &gt; 0.
/// </summary>
public sealed class LogRankResult
{
    internal LogRankResult(double rho, IReadOnlyList<string> groups, double[] n, double[] observed, double[] expected, double[,] variance, ChiSquareTest test)
    {
        Rho = rho;
        Groups = groups;
        N = n;
        Observed = observed;
        Expected = expected;
        _variance = variance;
        Test = test;
    }

    private readonly double[,] _variance;

    /// <summary>The Fleming–Harrington weight exponent (0 = log-rank, 1 = Peto–Peto).</summary>
    public double Rho { get; }

    public IReadOnlyList<string> Groups { get; }

    public IReadOnlyList<double> N { get; }

    public IReadOnlyList<double> Observed { get; }

    public IReadOnlyList<double> Expected { get; }

    public ChiSquareTest Test { get; }

    /// <summary>Covariance of O − E between groups <paramref name="i"/> and <paramref name="j"/> (<c>survdiff()$var</c>).</summary>
    public double Variance(int i, int j) => _variance[i, j];

    /// <summary>(O − E)²/V for a group, the last column <c>print.survdiff</c> shows.</summary>
    public double ObservedMinusExpectedSquaredOverVariance(int group)
    {
        var diff = Observed[group] - Expected[group];
        return diff * diff / _variance[group, group];
    }

    /// <summary>(O − E)²/E for a group.</summary>
    public double ObservedMinusExpectedSquaredOverExpected(int group)
    {
        var diff = Observed[group] - Expected[group];
        return diff * diff / Expected[group];
    }
}

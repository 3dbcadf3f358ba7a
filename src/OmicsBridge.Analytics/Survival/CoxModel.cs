namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// A fitted Cox proportional-hazards model with what <c>summary(coxph)</c> prints: coefficients, the three global
/// tests, concordance with its standard error, n and the number of events.
/// </summary>
public sealed class CoxModel
{
    private readonly double[] _variance;

    internal CoxModel(
        IReadOnlyList<CoxCoefficient> coefficients,
        double[] variance,
        double logLikelihoodNull,
        double logLikelihood,
        ChiSquareTest likelihoodRatio,
        ChiSquareTest wald,
        ChiSquareTest score,
        ConcordanceResult concordance,
        int n,
        int events,
        int iterations,
        bool converged,
        CoxTies ties,
        double[] linearPredictor)
    {
        Coefficients = coefficients;
        _variance = variance;
        LogLikelihoodNull = logLikelihoodNull;
        LogLikelihood = logLikelihood;
        LikelihoodRatio = likelihoodRatio;
        Wald = wald;
        Score = score;
        Concordance = concordance;
        N = n;
        Events = events;
        Iterations = iterations;
        Converged = converged;
        Ties = ties;
        LinearPredictor = linearPredictor;
    }

    public IReadOnlyList<CoxCoefficient> Coefficients { get; }

    /// <summary>Log partial likelihood at β = 0 (<c>fit$loglik[1]</c>).</summary>
    public double LogLikelihoodNull { get; }

    /// <summary>Log partial likelihood at the estimate (<c>fit$loglik[2]</c>).</summary>
    public double LogLikelihood { get; }

    public ChiSquareTest LikelihoodRatio { get; }

    public ChiSquareTest Wald { get; }

    /// <summary>The score test at β = 0; for one binary covariate it is the log-rank test.</summary>
    public ChiSquareTest Score { get; }

    /// <summary>Harrell's C as <c>summary(coxph)$concordance</c> (higher risk, earlier event).</summary>
    public ConcordanceResult Concordance { get; }

    public int N { get; }

    public int Events { get; }

    public int Iterations { get; }

    /// <summary>False when <see cref="CoxOptions.MaxIterations"/> ran out (R warns "Ran out of iterations").</summary>
    public bool Converged { get; }

    public CoxTies Ties { get; }

    /// <summary>Centred linear predictor per input row, as <c>fit$linear.predictors</c>.</summary>
    public IReadOnlyList<double> LinearPredictor { get; }

    /// <summary>An element of the variance matrix of the coefficients (<c>vcov(fit)</c>).</summary>
    public double Variance(int i, int j) => _variance[(i * Coefficients.Count) + j];

    internal CoxEngine? Engine { get; init; }

    internal SurvivalData? Data { get; init; }
}

namespace OmicsBridge.Analytics.BatchCorrection;

/// <summary>Settings for <see cref="ComBat.Adjust"/>; the defaults are those of sva::ComBat.</summary>
public sealed record ComBatOptions
{
    /// <summary>Parametric empirical Bayes priors (<c>par.prior = TRUE</c>); otherwise the non-parametric <c>int.eprior</c>.</summary>
    public bool ParametricPrior { get; init; } = true;

    /// <summary>Adjust only the batch means (<c>mean.only</c>); forced on when any batch has a single sample, as sva does.</summary>
    public bool MeanOnly { get; init; }

    /// <summary>Covariates to preserve (<c>mod</c>); the intercept is implicit.</summary>
    public IReadOnlyList<ComBatCovariate> Covariates { get; init; } = [];

    /// <summary>Relative change at which the parametric <c>it.sol</c> iteration stops (sva: <c>conv = 1e-4</c>).</summary>
    public double Convergence { get; init; } = 1e-4;
}

namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// A survival-time quantile with its confidence limits, as <c>quantile.survfit</c>; <see cref="double.NaN"/> stands for
/// R's <c>NA</c> (the curve never reaches the level).
/// </summary>
public readonly record struct SurvivalQuantile(double Probability, double Estimate, double Lower, double Upper);

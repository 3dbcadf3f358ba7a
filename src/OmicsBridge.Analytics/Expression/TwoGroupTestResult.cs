namespace OmicsBridge.Analytics.Expression;

/// <summary>A two-group comparison for one feature.</summary>
/// <param name="Statistic">t for the Welch test, W (R's statistic: rank sum of x minus n_x(n_x + 1)/2) for Wilcoxon.</param>
/// <param name="DegreesOfFreedom">Welch–Satterthwaite df; NaN for Wilcoxon.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="Estimate">mean(x) - mean(y) for Welch; NaN for Wilcoxon.</param>
/// <param name="Exact">Wilcoxon only: whether the exact null distribution was used.</param>
public sealed record TwoGroupTestResult(double Statistic, double DegreesOfFreedom, double PValue, double Estimate, bool Exact = false);

namespace OmicsBridge.Analytics.Expression;

/// <summary>Per-feature comparison of a case group against a reference group (arrays indexed by feature).</summary>
/// <param name="Difference">mean(case) - mean(reference): the log2 fold change when the input is log-scale.</param>
/// <param name="Statistic">t (Welch) or W (Wilcoxon), computed as test(case, reference).</param>
/// <param name="PValue">Two-sided; NaN where the test is undefined (fewer than two values, constant data).</param>
/// <param name="AdjustedPValue">Benjamini–Hochberg over the features with a p-value.</param>
public sealed record DifferentialExpressionResult(double[] Difference, double[] Statistic, double[] PValue, double[] AdjustedPValue);

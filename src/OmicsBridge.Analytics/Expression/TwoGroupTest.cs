namespace OmicsBridge.Analytics.Expression;

/// <summary>Which per-feature test <see cref="DifferentialExpression.Compare"/> runs.</summary>
public enum TwoGroupTest
{
    /// <summary><see cref="WelchTTest"/>.</summary>
    Welch,

    /// <summary><see cref="WilcoxonRankSumTest"/>.</summary>
    Wilcoxon,
}

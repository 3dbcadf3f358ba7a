namespace OmicsBridge.Analytics.Statistics;

/// <summary>Result of <see cref="FisherExactTest"/>.</summary>
/// <param name="PValue">Two-sided p: the summed probability of tables no more likely than the observed one
/// (relative tolerance 1e-7, as R).</param>
/// <param name="OddsRatio">Conditional maximum-likelihood odds ratio (2 × 2 only, else NaN); 0 or +∞ at the support's ends.</param>
/// <param name="ConfidenceLower">Exact conditional lower confidence limit (2 × 2 only, else NaN).</param>
/// <param name="ConfidenceUpper">Exact conditional upper confidence limit (2 × 2 only, else NaN); may be +∞.</param>
/// <param name="TablesEnumerated">Tables with the observed margins that were summed (r × c only; 0 for 2 × 2).</param>
public sealed record FisherExactResult(
    double PValue, double OddsRatio, double ConfidenceLower, double ConfidenceUpper, long TablesEnumerated);

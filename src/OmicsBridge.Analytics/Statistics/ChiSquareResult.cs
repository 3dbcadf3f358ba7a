namespace OmicsBridge.Analytics.Statistics;

/// <summary>Result of <see cref="PearsonChiSquareTest.Test"/>.</summary>
/// <param name="Statistic">Pearson's X² (with Yates' correction when it was applied).</param>
/// <param name="DegreesOfFreedom">(r - 1)(c - 1).</param>
/// <param name="PValue">Upper tail of the chi-square distribution.</param>
/// <param name="Expected">Expected counts under independence, row total × column total / N.</param>
/// <param name="YatesCorrected">Whether the continuity correction was applied (2 × 2 tables only, as R).</param>
/// <param name="Warning">R's "Chi-squared approximation may be incorrect" when any expected count is below 5, else null.</param>
public sealed record ChiSquareResult(
    double Statistic, int DegreesOfFreedom, double PValue, double[,] Expected, bool YatesCorrected, string? Warning);

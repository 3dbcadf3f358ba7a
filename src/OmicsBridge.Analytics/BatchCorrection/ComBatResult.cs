namespace OmicsBridge.Analytics.BatchCorrection;

/// <summary>What <see cref="ComBat.Adjust"/> returns.</summary>
/// <param name="Adjusted">Batch-adjusted values, features × samples, same shape as the input.</param>
/// <param name="BatchLevels">Batch labels in the order used internally (ordinal sort, as R's factor levels in the C locale).</param>
/// <param name="UnadjustedFeatures">Rows left as they were because their variance is zero within some batch (sva does the same).</param>
/// <param name="MeanOnly">Whether only means were adjusted (requested, or forced by a single-sample batch).</param>
/// <param name="Iterations">Parametric-prior iterations per batch; empty for the non-parametric prior.</param>
public sealed record ComBatResult(
    double[,] Adjusted,
    IReadOnlyList<string> BatchLevels,
    IReadOnlyList<int> UnadjustedFeatures,
    bool MeanOnly,
    IReadOnlyList<int> Iterations);

namespace OmicsBridge.Analytics.Clustering;

/// <summary>Principal components, laid out as R's <c>prcomp</c> (signs of components are arbitrary, as there).</summary>
/// <param name="Scores">Observations × components (prcomp's <c>x</c>).</param>
/// <param name="Loadings">Variables × components (prcomp's <c>rotation</c>).</param>
/// <param name="StandardDeviations">Per component, singular value / sqrt(n - 1) (prcomp's <c>sdev</c>).</param>
/// <param name="VarianceExplained">Per component, its variance over the total variance of all variables
/// (summary(prcomp)'s "Proportion of Variance", also when only some components are computed).</param>
/// <param name="Randomized">Whether the randomized SVD was used.</param>
public sealed record PcaResult(
    double[,] Scores, double[,] Loadings, double[] StandardDeviations, double[] VarianceExplained, bool Randomized);

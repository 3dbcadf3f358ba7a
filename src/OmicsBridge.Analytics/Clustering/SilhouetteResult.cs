namespace OmicsBridge.Analytics.Clustering;

/// <summary>Silhouette widths, as <c>cluster::silhouette</c>.</summary>
/// <param name="Widths">Per observation, (b - a) / max(a, b); 0 for an observation alone in its cluster.</param>
/// <param name="Neighbors">Per observation, the nearest other cluster (label as given).</param>
/// <param name="AverageWidth">Mean of <see cref="Widths"/> (summary's <c>avg.width</c>).</param>
public sealed record SilhouetteResult(double[] Widths, int[] Neighbors, double AverageWidth);

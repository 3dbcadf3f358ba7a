namespace OmicsBridge.Analytics.Clustering;

/// <summary>Result of <see cref="KMeans.Fit"/>, named as R's <c>kmeans</c>.</summary>
/// <param name="Clusters">Cluster of each observation, 1-based as R.</param>
/// <param name="Centers">Clusters × variables.</param>
/// <param name="WithinSumOfSquares">Per cluster (R's <c>withinss</c>).</param>
/// <param name="TotalWithinSumOfSquares">R's <c>tot.withinss</c>.</param>
/// <param name="Iterations">Lloyd iterations of the best start.</param>
public sealed record KMeansResult(int[] Clusters, double[,] Centers, double[] WithinSumOfSquares, double TotalWithinSumOfSquares, int Iterations);

namespace OmicsBridge.Analytics.Clustering;

/// <summary>Consensus clustering at one k.</summary>
/// <param name="K">Number of clusters.</param>
/// <param name="Consensus">n × n: times i and j fell in one cluster over times both were drawn (1 on the diagonal).</param>
/// <param name="Clusters">Final 1-based clusters: <see cref="ConsensusOptions.FinalLinkage"/> on 1 - consensus, cut at k.</param>
/// <param name="Cdf">Empirical CDF of the off-diagonal consensus values at 0.01, 0.02, … 1 (100 bins, right-closed as R's hist).</param>
/// <param name="Area">Area under <see cref="Cdf"/> by the histogram method of ConsensusClusterPlus.</param>
/// <param name="DeltaArea">Relative increase in area over k - 1; for k = 2 the area itself (ConsensusClusterPlus's delta plot).</param>
public sealed record ConsensusResult(int K, double[,] Consensus, int[] Clusters, double[] Cdf, double Area, double DeltaArea);

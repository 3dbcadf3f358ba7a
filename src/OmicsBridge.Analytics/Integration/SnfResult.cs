namespace OmicsBridge.Analytics.Integration;

/// <summary>What <see cref="SimilarityNetworkFusion.Fuse"/> returns.</summary>
/// <param name="PatientIds">The complete-case patients, ordinal order; rows and columns of the networks.</param>
/// <param name="Fused">The fused, symmetric patient similarity network (diagonal 0.5 after SNF's normalisation).</param>
/// <param name="Clusters">1-based spectral cluster per patient, or empty when no clustering was asked for.</param>
/// <param name="EigenGapClusters">The number of clusters with the largest eigengap of the normalised Laplacian (2..10),
/// SNFtool's <c>estimateNumberOfClustersGivenGraph</c> first rule.</param>
public sealed record SnfResult(IReadOnlyList<string> PatientIds, double[,] Fused, int[] Clusters, int EigenGapClusters);

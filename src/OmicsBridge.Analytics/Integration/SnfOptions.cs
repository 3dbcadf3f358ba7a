namespace OmicsBridge.Analytics.Integration;

/// <summary>Parameters of <see cref="SimilarityNetworkFusion"/>, named and defaulted as in SNFtool's documentation.</summary>
public sealed record SnfOptions
{
    /// <summary>Neighbours per patient (SNFtool <c>K</c>, 10–30 suggested; capped at patients − 1).</summary>
    public int Neighbours { get; init; } = 20;

    /// <summary>Scale of the Gaussian kernel (SNFtool <c>alpha</c>/<c>sigma</c>, 0.3–0.8 suggested).</summary>
    public double Sigma { get; init; } = 0.5;

    /// <summary>Fusion iterations (SNFtool <c>T</c>).</summary>
    public int Iterations { get; init; } = 20;

    /// <summary>Clusters for spectral clustering of the fused network; 0 skips clustering.</summary>
    public int Clusters { get; init; }

    /// <summary>Seed of the k-means step of spectral clustering.</summary>
    public int Seed { get; init; } = 1;
}

namespace OmicsBridge.Analytics.Clustering;

/// <summary>Settings for <see cref="Pca.Fit"/>.</summary>
public sealed record PcaOptions
{
    /// <summary>Subtract column means (prcomp's <c>center = TRUE</c>).</summary>
    public bool Center { get; init; } = true;

    /// <summary>Divide columns by their standard deviation (prcomp's <c>scale. = FALSE</c> by default).</summary>
    public bool Scale { get; init; }

    /// <summary>Use the randomized truncated SVD (Halko, Martinsson and Tropp 2011); null chooses it when the smaller
    /// dimension exceeds 300 and fewer than a fifth of the components are asked for.</summary>
    public bool? Randomized { get; init; }

    /// <summary>Seed for the randomized SVD's Gaussian test matrix.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Extra columns sampled beyond the components asked for (Halko's p; 10 is their default).</summary>
    public int Oversampling { get; init; } = 10;

    /// <summary>Subspace (power) iterations; more help when singular values decay slowly.</summary>
    public int PowerIterations { get; init; } = 4;
}

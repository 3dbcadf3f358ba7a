namespace OmicsBridge.Analytics.Integration;

/// <summary>The three families of multi-omics integration, by where the modalities are joined.</summary>
public enum IntegrationStrategy
{
    /// <summary>Join the features: one scaled, concatenated matrix (<see cref="EarlyIntegration"/>).</summary>
    Early,

    /// <summary>Join per-modality representations: similarity network fusion (<see cref="SimilarityNetworkFusion"/>).</summary>
    Intermediate,

    /// <summary>Join per-modality results: each modality is modelled alone and the outputs are combined (<see cref="LateIntegration"/>).</summary>
    Late,
}

namespace OmicsBridge.Analytics.Clustering;

/// <summary>Settings for <see cref="ConsensusClustering.Run"/>; defaults follow ConsensusClusterPlus where it has one.</summary>
public sealed record ConsensusOptions
{
    /// <summary>Largest k tried (from 2).</summary>
    public int MaxK { get; init; } = 6;

    /// <summary>Resampling rounds (ConsensusClusterPlus <c>reps</c>; its default is 10, 100+ is usual in practice).</summary>
    public int Repetitions { get; init; } = 100;

    /// <summary>Fraction of observations drawn, without replacement, per round (<c>pItem = 0.8</c>).</summary>
    public double ItemFraction { get; init; } = 0.8;

    /// <summary>Clusterer per round: hierarchical with this linkage on Euclidean distance (<c>clusterAlg = "hc"</c>), or
    /// k-means when null (<c>"km"</c>).</summary>
    public Linkage? InnerLinkage { get; init; } = Linkage.Average;

    /// <summary>Distance for hierarchical inner clustering: false is Euclidean, true is 1 - Pearson correlation
    /// between observations (ConsensusClusterPlus's default).</summary>
    public bool PearsonDistance { get; init; }

    /// <summary>Linkage of the final clustering of 1 - consensus (<c>finalLinkage = "average"</c>).</summary>
    public Linkage FinalLinkage { get; init; } = Linkage.Average;

    public int Seed { get; init; } = 1;
}

namespace OmicsBridge.Analytics.Plots;

/// <summary>Size and title shared by the omics plots (volcano, PCA, heatmap, UpSet).</summary>
public sealed record PlotOptions
{
    public string? Title { get; init; }

    public int Width { get; init; } = 800;

    public int Height { get; init; } = 600;
}

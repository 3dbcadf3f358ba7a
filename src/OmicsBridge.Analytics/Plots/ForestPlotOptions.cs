namespace OmicsBridge.Analytics.Plots;

/// <summary>Appearance of a <see cref="ForestPlot"/>.</summary>
public sealed record ForestPlotOptions
{
    public static ForestPlotOptions Default { get; } = new();

    public string? Title { get; init; } = "Hazard ratios";

    public string XLabel { get; init; } = "Hazard ratio (log scale)";

    public int Width { get; init; } = 900;

    /// <summary>Image height; null sizes it to the number of rows.</summary>
    public int? Height { get; init; }
}

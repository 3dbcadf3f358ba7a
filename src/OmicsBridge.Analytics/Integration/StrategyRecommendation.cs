namespace OmicsBridge.Analytics.Integration;

/// <summary>The recommended integration family and the facts that led to it, in plain sentences.</summary>
public sealed record StrategyRecommendation(IntegrationStrategy Strategy, IReadOnlyList<string> Reasons);

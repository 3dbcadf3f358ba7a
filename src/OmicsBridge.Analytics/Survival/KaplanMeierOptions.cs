namespace OmicsBridge.Analytics.Survival;

/// <summary>Options of a Kaplan–Meier fit (R's <c>survfit</c> defaults).</summary>
public sealed record KaplanMeierOptions
{
    public static KaplanMeierOptions Default { get; } = new();

    /// <summary>Interval scale, <c>conf.type</c>; log by default.</summary>
    public ConfidenceIntervalType ConfidenceType { get; init; } = ConfidenceIntervalType.Log;

    /// <summary>Coverage of the pointwise intervals, <c>conf.int</c>; 0.95 by default.</summary>
    public double ConfidenceLevel { get; init; } = 0.95;
}

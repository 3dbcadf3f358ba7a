namespace OmicsBridge.Analytics.Survival;

/// <summary>How a pointwise survival confidence interval is built, as <c>survfit(conf.type=)</c>.</summary>
public enum ConfidenceIntervalType
{
    /// <summary>On log(S): <c>S·exp(±z·se)</c>, upper capped at 1 (R's default, <c>"log"</c>).</summary>
    Log,

    /// <summary>On log(−log S) (<c>"log-log"</c>); undefined where S is 0 or 1.</summary>
    LogLog,

    /// <summary>On S itself: <c>S ± z·se·S</c>, clipped to [0, 1] (<c>"plain"</c>).</summary>
    Plain,
}

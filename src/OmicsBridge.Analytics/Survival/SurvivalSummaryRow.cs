namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// One row of <c>summary(fit, times=)</c>: the curve at a requested time. <see cref="NumberEvents"/> and
/// <see cref="NumberCensored"/> count what happened since the previous requested time; <see cref="StandardError"/>
/// is the standard error of S itself (not of the cumulative hazard).
/// </summary>
public readonly record struct SurvivalSummaryRow(
    double Time,
    double NumberAtRisk,
    double NumberEvents,
    double NumberCensored,
    double Survival,
    double StandardError,
    double Lower,
    double Upper);

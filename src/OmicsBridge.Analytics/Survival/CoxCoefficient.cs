namespace OmicsBridge.Analytics.Survival;

/// <summary>One row of <c>summary(coxph)</c>: coef, exp(coef), se(coef), z, Pr(&gt;|z|) and the interval of exp(coef).</summary>
public sealed record CoxCoefficient(
    string Name,
    double Estimate,
    double HazardRatio,
    double StandardError,
    double Z,
    double PValue,
    double HazardRatioLower,
    double HazardRatioUpper);

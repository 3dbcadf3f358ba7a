namespace OmicsBridge.Analytics.Survival;

/// <summary>A chi-square statistic with its degrees of freedom and upper-tail p-value.</summary>
public sealed record ChiSquareTest(double Statistic, int DegreesOfFreedom, double PValue)
{
    internal static ChiSquareTest Of(double statistic, int degreesOfFreedom)
        => new(statistic, degreesOfFreedom, SurvivalMath.ChiSquareUpperTail(statistic, degreesOfFreedom));
}

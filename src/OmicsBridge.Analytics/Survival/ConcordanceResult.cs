namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// Harrell's concordance as R's <c>concordance()</c> computes it for a Cox model: pair counts, C and the
/// infinitesimal-jackknife standard error (<c>sqrt(var)</c>).
/// </summary>
public sealed record ConcordanceResult(
    double Concordant,
    double Discordant,
    double TiedRisk,
    double TiedTime,
    double TiedBoth,
    double Estimate,
    double StandardError);

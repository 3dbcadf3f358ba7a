namespace OmicsBridge.Analytics.Survival;

/// <summary>One row of the <c>cox.zph</c> table: a model term (or GLOBAL) with its score-test chi-square.</summary>
public sealed record ProportionalHazardsTerm(string Term, ChiSquareTest Test);

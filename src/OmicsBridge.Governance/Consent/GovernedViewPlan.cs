namespace OmicsBridge.Governance.Consent;

/// <summary>The views to create (in order) and the tables left out, each with the reason.</summary>
public sealed record GovernedViewPlan(IReadOnlyList<GovernedView> Views, IReadOnlyDictionary<string, string> Withheld)
{
    /// <summary>Every statement to run, schema creation first.</summary>
    public IReadOnlyList<string> Statements { get; init; } = [];
}

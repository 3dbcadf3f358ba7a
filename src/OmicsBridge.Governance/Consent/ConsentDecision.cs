namespace OmicsBridge.Governance.Consent;

/// <summary>
/// Whether one patient's data of one category may be used for a purpose on a date, why, and the obligations that
/// come with it (DUO modifiers such as PUB publication required).
/// </summary>
public sealed record ConsentDecision(ConsentOutcome Outcome, string Reason, IReadOnlySet<string> Obligations)
{
    public bool Usable => Outcome == ConsentOutcome.Permitted;
}

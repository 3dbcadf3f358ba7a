namespace OmicsBridge.Governance.Consent;

/// <summary>
/// How many patients a consent evaluation kept and excluded, by reason: what a researcher may be told
/// ("12 patients excluded by consent") without saying who.
/// </summary>
public sealed record ConsentSummary(int Patients, int Included, IReadOnlyDictionary<ConsentOutcome, int> ExcludedBy)
{
    public int Excluded => Patients - Included;
}

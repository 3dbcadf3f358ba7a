namespace OmicsBridge.Governance.Consent;

/// <summary>The state of a consent record (CSV <c>status</c>; FHIR Consent.status maps active/inactive/rejected onto it).</summary>
public enum ConsentStatus
{
    Active,
    Withdrawn,
    Expired,
}

namespace OmicsBridge.Governance.Consent;

/// <summary>Why a patient's data is or is not usable; counted (never listed) in what a researcher is told.</summary>
public enum ConsentOutcome
{
    Permitted,
    NoConsent,
    Withdrawn,
    Expired,
    NotYetValid,
    PurposeNotPermitted,
    ConditionNotMet,
}

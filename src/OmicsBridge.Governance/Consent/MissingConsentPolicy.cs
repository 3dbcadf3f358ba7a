namespace OmicsBridge.Governance.Consent;

/// <summary>What happens to a patient with no consent record covering the category.</summary>
public enum MissingConsentPolicy
{
    /// <summary>Excluded (the default: research use needs a recorded consent).</summary>
    Deny,

    /// <summary>Included, e.g. for data collected under a waiver of consent approved by an IRB.</summary>
    Permit,
}

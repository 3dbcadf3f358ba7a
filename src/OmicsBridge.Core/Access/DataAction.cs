namespace OmicsBridge.Core.Access;

/// <summary>
/// What a caller may do. Roles are sets of these flags (fhir-server's <c>DataActions</c>): a request names the one
/// action it needs and the role must contain it.
/// </summary>
[Flags]
public enum DataAction
{
    None = 0,

    /// <summary>Read rows with real patient_ids, names, identifiers and unshifted dates.</summary>
    ReadIdentified = 1 << 0,

    /// <summary>Read the governed views: research ids, shifted dates, consenting patients only.</summary>
    ReadPseudonymised = 1 << 1,

    /// <summary>Map research ids back to patient_ids (the honest broker's step; every mapping is audited).</summary>
    ReIdentify = 1 << 2,

    /// <summary>Read and verify the audit log.</summary>
    ReadAudit = 1 << 3,

    /// <summary>Load source files into the lake.</summary>
    Ingest = 1 << 4,

    /// <summary>Create, rotate or export keys of the key ring.</summary>
    ManageKeys = 1 << 5,

    /// <summary>Load or change consent records.</summary>
    ManageConsent = 1 << 6,

    /// <summary>Every action.</summary>
    All = ReadIdentified | ReadPseudonymised | ReIdentify | ReadAudit | Ingest | ManageKeys | ManageConsent,
}

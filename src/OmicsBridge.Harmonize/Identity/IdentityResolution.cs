namespace OmicsBridge.Harmonize.Identity;

/// <summary>The patient an identifier set resolved to, and whether this run created the patient or any identifier.</summary>
public sealed record IdentityResolution(string PatientId, bool IsNewPatient, IReadOnlyList<PatientIdentifier> NewIdentifiers);

namespace OmicsBridge.Governance.Pseudonyms;

/// <summary>One research id the steward asked about and the patient_id it maps to (null: no known patient has it).</summary>
public sealed record ReIdentification(string ResearchId, string? PatientId, long AuditSequence);

namespace OmicsBridge.Governance.Audit;

/// <summary>
/// One line of the audit log: the event, its sequence number (1, 2, …), when it was written, the SHA-256 of the
/// previous line (<see cref="Previous"/>; 64 zeros for the first), the SHA-256 of its own content
/// (<see cref="Hash"/>) and, when the log is sealed, an HMAC of that hash under the audit key (<see cref="Seal"/>).
/// </summary>
public sealed record AuditEntry(long Sequence, DateTimeOffset Timestamp, AuditEvent Event, string Previous, string Hash, string? Seal);

namespace OmicsBridge.Governance.Audit;

/// <summary>
/// What happened, as a caller reports it to <see cref="AuditLog.Append"/>: who (user, role, purpose), the action
/// (<c>query</c>, <c>refusal</c>, <c>re_identify</c>, <c>ingest</c>, <c>consent_change</c>, <c>identity</c>…), what
/// (the statement or endpoint), the tables touched, how many patients the result held, and the outcome with its reason.
/// </summary>
public sealed record AuditEvent(
    string User,
    string Role,
    string? Purpose,
    string Action,
    string? What,
    IReadOnlyList<string> Tables,
    long? PatientsReturned,
    string Outcome,
    string? Reason = null,
    string? CallerSource = null);

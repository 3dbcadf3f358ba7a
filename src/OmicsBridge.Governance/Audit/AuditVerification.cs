namespace OmicsBridge.Governance.Audit;

/// <summary>
/// The result of <see cref="AuditLog.Verify"/>: valid, or the first bad entry (its line and the sequence number that
/// should be there) and what is wrong with it.
/// </summary>
public sealed record AuditVerification(bool Valid, long Entries, long? FirstBadLine, long? FirstBadSequence, string? Problem)
{
    public override string ToString() => Valid
        ? $"audit log valid: {Entries} entries, chain intact"
        : $"audit log INVALID at line {FirstBadLine} (entry {FirstBadSequence}): {Problem}";
}

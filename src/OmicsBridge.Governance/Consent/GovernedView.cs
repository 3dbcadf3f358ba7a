namespace OmicsBridge.Governance.Consent;

/// <summary>One governed view: its name, the CREATE VIEW statement, how rows reach a patient, and what was removed.</summary>
public sealed record GovernedView(
    string Table,
    string Sql,
    string PatientPath,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> DroppedColumns);

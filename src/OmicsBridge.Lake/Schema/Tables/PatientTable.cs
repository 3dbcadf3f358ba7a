namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>patient</c>: one row per person, keyed by an opaque patient_id (never an MRN).</summary>
public static class PatientTable
{
    public static readonly TableSchema Schema = new(
        "patient",
        "One row per person known to the lake. patient_id is opaque; identifiers live in patient_identifier.",
        [
            new("patient_id", ColumnType.String, false),
            new("sex", ColumnType.String, true, "female, male, other, unknown (administrative gender)."),
            new("birth_date", ColumnType.Date, true),
            new("deceased", ColumnType.Boolean, true),
            new("death_date", ColumnType.Date, true),
            new("last_contact_date", ColumnType.Date, true, "Last date the person was known alive (follow-up), for survival."),
            new("created_by_run", ColumnType.String, false),
            new("created_from", ColumnType.String, false, "Source kind that first named this person."),
        ]);
}

namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>procedure</c>: one row per procedure, coded (SNOMED, CPT, ICD10PCS, …).</summary>
public static class ProcedureTable
{
    public static readonly TableSchema Schema = new(
        "procedure",
        "One row per procedure, coded (SNOMED, CPT, ICD10PCS, …).",
        [
            new("procedure_id", ColumnType.String, false),
            new("patient_id", ColumnType.String, false),
            new("vocabulary", ColumnType.String, false),
            new("code", ColumnType.String, false),
            new("display", ColumnType.String, true),
            new("performed_date", ColumnType.Date, true),
            new("status", ColumnType.String, true),
            new("encounter_id", ColumnType.String, true),
            new("source_kind", ColumnType.String, false),
            new("source_id", ColumnType.String, true),
            new("source_sha256", ColumnType.String, false),
            new("run_id", ColumnType.String, false),
        ])
    {
        ClusterBy = ["vocabulary", "code", "patient_id"],
    };
}

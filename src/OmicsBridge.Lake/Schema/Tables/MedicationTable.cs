namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>medication</c>: one row per medication order, statement or administration, coded (RxNorm, ATC, NDC, …).</summary>
public static class MedicationTable
{
    public static readonly TableSchema Schema = new(
        "medication",
        "One row per medication order, statement or administration, coded (RxNorm, ATC, NDC, …).",
        [
            new("medication_id", ColumnType.String, false),
            new("patient_id", ColumnType.String, false),
            new("kind", ColumnType.String, false, "request, statement, administration, dispense."),
            new("vocabulary", ColumnType.String, false),
            new("code", ColumnType.String, false),
            new("display", ColumnType.String, true),
            new("start_date", ColumnType.Date, true),
            new("end_date", ColumnType.Date, true),
            new("status", ColumnType.String, true),
            new("dose_text", ColumnType.String, true),
            new("route", ColumnType.String, true),
            new("source_kind", ColumnType.String, false),
            new("source_id", ColumnType.String, true),
            new("source_sha256", ColumnType.String, false),
            new("run_id", ColumnType.String, false),
        ])
    {
        ClusterBy = ["vocabulary", "code", "patient_id"],
    };
}

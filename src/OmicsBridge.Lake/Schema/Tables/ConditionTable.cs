namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>condition</c>: one row per diagnosis or problem, coded (ICD10CM, SNOMED, …).</summary>
public static class ConditionTable
{
    public static readonly TableSchema Schema = new(
        "condition",
        "One row per diagnosis or problem, coded (ICD10CM, SNOMED, …).",
        [
            new("condition_id", ColumnType.String, false),
            new("patient_id", ColumnType.String, false),
            new("vocabulary", ColumnType.String, false, "OMOP-style vocabulary id, or LOCAL:<system>."),
            new("code", ColumnType.String, false),
            new("display", ColumnType.String, true),
            new("onset_date", ColumnType.Date, true),
            new("abatement_date", ColumnType.Date, true),
            new("clinical_status", ColumnType.String, true),
            new("verification_status", ColumnType.String, true),
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

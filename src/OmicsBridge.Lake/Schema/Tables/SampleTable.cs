namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>sample</c>: a biospecimen, linked to its patient (or to none, reported).</summary>
public static class SampleTable
{
    public static readonly TableSchema Schema = new(
        "sample",
        "One row per biospecimen. patient_id is null for a sample whose patient is unknown.",
        [
            new("sample_id", ColumnType.String, false),
            new("patient_id", ColumnType.String, true),
            new("sample_type", ColumnType.String, true),
            new("tissue", ColumnType.String, true),
            new("collected_at", ColumnType.Date, true),
            new("extra", ColumnType.String, true, "JSON object of manifest columns we do not model."),
            new("source_sha256", ColumnType.String, false),
            new("run_id", ColumnType.String, false),
        ]);
}

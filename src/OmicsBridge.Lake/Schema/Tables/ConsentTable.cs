namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>consent</c>: one row per consent record (CSV or FHIR Consent): status, permitted purposes (DUO) and data categories.</summary>
public static class ConsentTable
{
    public static readonly TableSchema Schema = new(
        "consent",
        "One row per consent record (CSV or FHIR Consent): status, permitted purposes (DUO) and data categories.",
        [
            new("consent_id", ColumnType.String, false),
            new("patient_id", ColumnType.String, false),
            new("status", ColumnType.String, false, "active, withdrawn, expired, …"),
            new("purposes", ColumnType.String, true, "Permitted GA4GH DUO purpose codes, comma-separated."),
            new("modifiers", ColumnType.String, true, "DUO data-use modifiers, comma-separated."),
            new("data_categories", ColumnType.String, true, "clinical, genomic, transcriptomic, … comma-separated; empty = all."),
            new("start_date", ColumnType.Date, true),
            new("end_date", ColumnType.Date, true),
            new("recorded_at", ColumnType.Timestamp, true),
            new("source_kind", ColumnType.String, false),
            new("source_id", ColumnType.String, true),
            new("source_sha256", ColumnType.String, false),
            new("run_id", ColumnType.String, false),
        ]);
}

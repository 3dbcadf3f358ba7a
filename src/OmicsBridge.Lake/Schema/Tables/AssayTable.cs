namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>assay</c>: one measurement of one sample by one modality on one platform and batch.</summary>
public static class AssayTable
{
    public static readonly TableSchema Schema = new(
        "assay",
        "One row per assay of a sample (modality, platform, batch, run date).",
        [
            new("assay_id", ColumnType.String, false),
            new("sample_id", ColumnType.String, false),
            new("modality", ColumnType.String, false, "genomics, transcriptomics, proteomics, epigenomics, metabolomics, single_cell."),
            new("platform", ColumnType.String, true),
            new("batch", ColumnType.String, true),
            new("run_date", ColumnType.Date, true),
            new("source_file", ColumnType.String, false, "SHA-256 of the file that declared this assay."),
            new("run_id", ColumnType.String, false),
        ]);
}

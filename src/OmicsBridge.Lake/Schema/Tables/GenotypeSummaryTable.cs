namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>genotype_summary</c>: per assay and file: how many calls were homozygous reference (not stored one by one), so carrier frequencies stay exact.</summary>
public static class GenotypeSummaryTable
{
    public static readonly TableSchema Schema = new(
        "genotype_summary",
        "Per assay and file: how many calls were homozygous reference (not stored one by one), so carrier frequencies stay exact.",
        [
            new("assay_id", ColumnType.String, false),
            new("source_sha256", ColumnType.String, false),
            new("variants", ColumnType.Int64, false, "Variant rows (after splitting) in the file."),
            new("hom_ref_calls", ColumnType.Int64, false),
            new("stored_calls", ColumnType.Int64, false, "Rows this assay has in genotype from this file."),
            new("run_id", ColumnType.String, false),
        ]);
}

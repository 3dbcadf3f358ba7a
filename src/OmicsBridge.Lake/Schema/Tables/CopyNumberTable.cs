namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>copy_number</c>: copy number: gene-level discrete calls (GISTIC −2…2) and segments (SEG).</summary>
public static class CopyNumberTable
{
    public static readonly TableSchema Schema = new(
        "copy_number",
        "Copy number: gene-level discrete calls (GISTIC −2…2) and segments (SEG).",
        [
            new("assay_id", ColumnType.String, false),
            new("sample_id", ColumnType.String, false),
            new("gene", ColumnType.String, true, "HGNC symbol for gene-level calls; null for segments."),
            new("discrete_value", ColumnType.Int32, true, "-2 deep deletion, -1 shallow deletion, 0 diploid, 1 gain, 2 amplification."),
            new("log2_ratio", ColumnType.Double, true),
            new("chrom", ColumnType.String, true),
            new("start_pos", ColumnType.Int64, true),
            new("end_pos", ColumnType.Int64, true),
            new("num_probes", ColumnType.Int32, true),
            new("segment_mean", ColumnType.Double, true),
            new("source_sha256", ColumnType.String, false),
            new("run_id", ColumnType.String, false),
        ]);
}

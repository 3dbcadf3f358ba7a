namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>mutation</c>: somatic mutations (MAF), linked to the tumour sample assay.</summary>
public static class MutationTable
{
    public static readonly TableSchema Schema = new(
        "mutation",
        "Somatic mutations (MAF), linked to the tumour sample assay.",
        [
            new("assay_id", ColumnType.String, false),
            new("sample_id", ColumnType.String, false),
            new("variant_key", ColumnType.String, false),
            new("gene", ColumnType.String, true),
            new("variant_classification", ColumnType.String, true, "MAF Variant_Classification (Missense_Mutation, Nonsense_Mutation, …)."),
            new("hgvs_c", ColumnType.String, true),
            new("hgvs_p", ColumnType.String, true, "HGVSp_Short or HGVSp."),
            new("t_ref_count", ColumnType.Int32, true),
            new("t_alt_count", ColumnType.Int32, true),
            new("vaf", ColumnType.Double, true),
            new("mutation_status", ColumnType.String, true),
            new("source_sha256", ColumnType.String, false),
            new("run_id", ColumnType.String, false),
        ]);
}

namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>variant_annotation</c>: every transcript annotation of a variant (VEP CSQ, SnpEff ANN, MAF), with the one picked for the variant row flagged.</summary>
public static class VariantAnnotationTable
{
    public static readonly TableSchema Schema = new(
        "variant_annotation",
        "Every transcript annotation of a variant (VEP CSQ, SnpEff ANN, MAF), with the one picked for the variant row flagged.",
        [
            new("variant_key", ColumnType.String, false),
            new("source", ColumnType.String, false, "VEP, SnpEff, MAF, FHIR."),
            new("gene", ColumnType.String, true),
            new("consequence", ColumnType.String, true),
            new("transcript", ColumnType.String, true),
            new("hgvs_c", ColumnType.String, true),
            new("hgvs_p", ColumnType.String, true),
            new("impact", ColumnType.String, true),
            new("canonical", ColumnType.Boolean, true),
            new("picked", ColumnType.Boolean, false),
            new("source_sha256", ColumnType.String, false),
            new("run_id", ColumnType.String, false),
        ]);
}

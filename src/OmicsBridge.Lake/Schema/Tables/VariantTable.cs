namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>variant</c>: one row per normalised variant (one ALT), keyed by assembly:chrom-pos-ref-alt; the picked annotation inline.</summary>
public static class VariantTable
{
    public static readonly TableSchema Schema = new(
        "variant",
        "One row per normalised variant (one ALT), keyed by assembly:chrom-pos-ref-alt; the picked annotation inline.",
        [
            new("variant_key", ColumnType.String, false, "<assembly>:<chrom>-<pos>-<ref>-<alt>, e.g. GRCh38:17-43045712-G-A."),
            new("assembly", ColumnType.String, false),
            new("chrom", ColumnType.String, false),
            new("pos", ColumnType.Int64, false),
            new("ref", ColumnType.String, false),
            new("alt", ColumnType.String, false),
            new("variant_type", ColumnType.String, false, "SNV, MNV, INS, DEL, DELINS, or the symbolic type (DEL, DUP, INV, CNV, BND, INS)."),
            new("end_pos", ColumnType.Int64, true),
            new("sv_len", ColumnType.Int64, true),
            new("rsid", ColumnType.String, true),
            new("gene", ColumnType.String, true, "HGNC symbol of the picked annotation."),
            new("consequence", ColumnType.String, true, "Sequence Ontology term(s) of the picked annotation."),
            new("transcript", ColumnType.String, true),
            new("hgvs_g", ColumnType.String, true),
            new("hgvs_c", ColumnType.String, true),
            new("hgvs_p", ColumnType.String, true),
            new("impact", ColumnType.String, true),
            new("clinical_significance", ColumnType.String, true, "e.g. uncertain_significance, pathogenic (ClinVar CLNSIG or the source)."),
            new("source_sha256", ColumnType.String, false, "The file that first reported the variant."),
            new("run_id", ColumnType.String, false),
        ]);
}

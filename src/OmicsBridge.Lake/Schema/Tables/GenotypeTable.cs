namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>genotype</c>: one row per stored call: every call that is not homozygous reference (het, hom-alt, hemizygous, partly or wholly missing).</summary>
public static class GenotypeTable
{
    // Rows arrive in file order (by variant): gene and variant criteria read the row groups of those variants.
    public static readonly TableSchema Schema = new(
        "genotype",
        "One row per stored call: every call that is not homozygous reference (het, hom-alt, hemizygous, partly or wholly missing).",
        [
            new("assay_id", ColumnType.String, false),
            new("variant_key", ColumnType.String, false),
            new("gt", ColumnType.String, false, "GT as written after allele splitting, phase kept (0|1, 1/1, 1, ./1)."),
            new("zygosity", ColumnType.String, false, "het, hom_alt, hemizygous, missing, partial_missing."),
            new("phased", ColumnType.Boolean, false),
            new("dp", ColumnType.Int32, true),
            new("gq", ColumnType.Int32, true),
            new("ad_ref", ColumnType.Int32, true),
            new("ad_alt", ColumnType.Int32, true),
            new("vaf", ColumnType.Double, true, "ad_alt / sum(AD), or the FORMAT AF when given."),
            new("source_sha256", ColumnType.String, false),
        ]);
}

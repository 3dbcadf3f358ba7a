namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>molecular_measurement</c>: one value of one feature in one assay (expression, protein, metabolite, methylation).</summary>
public static class MolecularMeasurementTable
{
    // Rows arrive in file order (by feature): gene criteria and feature lookups read the row groups of that feature.
    public static readonly TableSchema Schema = new(
        "molecular_measurement",
        "Long-format quantitative omics values; missing values are not stored.",
        [
            new("assay_id", ColumnType.String, false),
            new("modality", ColumnType.String, false),
            new("feature_namespace", ColumnType.String, false, "ENSEMBL, HGNC, ENTREZ, UNIPROT, or as stated."),
            new("feature_id", ColumnType.String, false),
            new("value", ColumnType.Double, false),
            new("unit", ColumnType.String, true),
        ]);
}

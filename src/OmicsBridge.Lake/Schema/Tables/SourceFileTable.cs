namespace OmicsBridge.Lake.Schema.Tables;

/// <summary><c>source_file</c>: every input file, once per content hash, with the run that first loaded it.</summary>
public static class SourceFileTable
{
    public static readonly TableSchema Schema = new(
        "source_file",
        "One row per distinct input file (by SHA-256) that an ingest run committed.",
        [
            new("sha256", ColumnType.String, false, "Hex SHA-256 of the file's bytes; its name under landing/sha256/."),
            new("name", ColumnType.String, false, "File name as given on the command line."),
            new("kind", ColumnType.String, false, "Source kind: manifest, matrix, fhir, hl7v2, csv, vcf, maf, cna, consent."),
            new("bytes", ColumnType.Int64, false),
            new("run_id", ColumnType.String, false),
            new("landing_path", ColumnType.String, false, "Path relative to the workspace root."),
            new("rows_read", ColumnType.Int64, false),
            new("rows_accepted", ColumnType.Int64, false),
            new("rows_rejected", ColumnType.Int64, false),
            new("landed_at", ColumnType.Timestamp, false),
        ]);
}

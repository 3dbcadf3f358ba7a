using DuckDB.NET.Data;

namespace OmicsBridge.Pipeline.Ingest.Sources.Clinical;

/// <summary>The provenance columns every clinical table ends with.</summary>
internal static class ClinicalRowProvenance
{
    /// <summary>Appends source_kind, source_id, source_sha256 and run_id, then ends the row.</summary>
    public static void EndWithProvenance(this IDuckDBAppenderRow row, IngestContext context, string? sourceId) =>
        row.AppendValue(context.Kind)
            .AppendValue(sourceId)
            .AppendValue(context.File.Sha256)
            .AppendValue(context.RunId)
            .EndRow();
}

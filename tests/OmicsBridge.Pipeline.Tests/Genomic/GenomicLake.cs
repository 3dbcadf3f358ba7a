using OmicsBridge.Lake.Query;
using OmicsBridge.Pipeline.Ingest;
using OmicsBridge.Pipeline.Ingest.Sources;
using OmicsBridge.Testing;

namespace OmicsBridge.Pipeline.Tests.Genomic;

/// <summary>Runs ingests into a temp workspace and reads the lake back.</summary>
internal static class GenomicLake
{
    public static IngestReport Ingest(TempWorkspace workspace, string kind, params string[] paths) =>
        new IngestService(workspace.Lake, SourceIngesters.All()).Run(kind, paths, new IngestOptions());

    public static IngestReport Ingest(TempWorkspace workspace, ISourceIngester ingester, params string[] paths) =>
        new IngestService(workspace.Lake, [.. SourceIngesters.All().Where(i => i.Kind != ingester.Kind), ingester]).Run(ingester.Kind, paths, new IngestOptions());

    public static List<object?[]> Query(TempWorkspace workspace, string sql)
    {
        using var engine = LakeQueryEngine.Open(workspace.Lake.GetSnapshot());
        using var reader = engine.ExecuteReader(sql);
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            rows.Add(row);
        }

        return rows;
    }

    public static long Scalar(TempWorkspace workspace, string sql) => Convert.ToInt64(Query(workspace, sql)[0][0], System.Globalization.CultureInfo.InvariantCulture);
}

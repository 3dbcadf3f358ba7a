using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Query;
using OmicsBridge.Lake.Workspace;
using OmicsBridge.Pipeline.Ingest;
using OmicsBridge.Pipeline.Ingest.Sources;
using OmicsBridge.Testing;

namespace OmicsBridge.Pipeline.Tests.Clinical;

/// <summary>A temp workspace whose settings alias the test MRN systems to one, plus ingest and query helpers.</summary>
internal sealed class ClinicalLake : IDisposable
{
    private readonly TempWorkspace _temp = new();

    public ClinicalLake()
    {
        File.WriteAllText(Path.Combine(_temp.Root, "omicsbridge.yaml"), """
            project: clinical-tests
            identity:
              default_system: MRN
              system_aliases:
                "http://hospital.example.org/mrn": MRN
                "HOSP": MRN
            """);
        Lake = new LakeStore(Workspace.Open(_temp.Root));
    }

    public LakeStore Lake { get; }

    public string Inputs => _temp.Inputs;

    public IngestReport Ingest(string kind, params string[] paths) =>
        new IngestService(Lake, SourceIngesters.All()).Run(kind, paths, new IngestOptions());

    public IngestReport IngestCsv(string mapping, params string[] paths) =>
        new IngestService(Lake, [new Ingest.Sources.Clinical.CsvMappingIngester(mapping)]).Run("csv", paths, new IngestOptions());

    /// <summary>Copies fixture files into the inputs folder (so sidecar mappings and names stay as in the repo).</summary>
    public string Copy(string fixture)
    {
        var target = Path.Combine(Inputs, Path.GetFileName(fixture));
        File.Copy(TestData.Fixture(fixture), target, overwrite: true);
        return target;
    }

    public List<object?[]> Rows(string sql)
    {
        using var engine = LakeQueryEngine.Open(Lake.GetSnapshot());
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

    public object? Scalar(string sql) => Rows(sql).Single()[0];

    public void Dispose() => _temp.Dispose();
}

using OmicsBridge.Lake.Query;
using OmicsBridge.Lake.Schema;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Testing;

namespace OmicsBridge.Lake.Tests.Writing;

/// <summary>Tables with cluster columns are written sorted by them, so row-group statistics can skip what a filter excludes.</summary>
public sealed class ClusteredWriteTests
{
    [Fact]
    public void ClusterBy_EveryColumnExistsInItsTable()
    {
        Assert.All(LakeTables.All, table => Assert.All(table.ClusterBy, column => table.IndexOf(column)));
        Assert.NotEmpty(ConditionTable.Schema.ClusterBy);
    }

    [Fact]
    public void Commit_ConditionsAppendedOutOfOrder_AreStoredSortedByVocabularyCodePatient()
    {
        using var ws = new TempWorkspace();
        (string Vocabulary, string Code, string Patient)[] rows =
            [("SNOMED", "254837009", "P2"), ("ICD10CM", "E11.9", "P1"), ("ICD10CM", "C50.9", "P3"), ("ICD10CM", "C50.9", "P1")];
        using (var tx = ws.Lake.BeginWrite("run-1", "test"))
        {
            var i = 0;
            foreach (var (vocabulary, code, patient) in rows)
            {
                var row = tx.Table(ConditionTable.Schema).NewRow();
                foreach (var column in ConditionTable.Schema.Columns)
                {
                    row = column.Name switch
                    {
                        "condition_id" => row.AppendValue($"c{i++}"),
                        "patient_id" => row.AppendValue(patient),
                        "vocabulary" => row.AppendValue(vocabulary),
                        "code" => row.AppendValue(code),
                        "source_kind" or "source_sha256" or "run_id" => row.AppendValue("x"),
                        _ => row.AppendNullValue(),
                    };
                }

                row.EndRow();
            }

            tx.Commit();
        }

        using var engine = LakeQueryEngine.Open(ws.Lake.GetSnapshot());
        using var reader = engine.ExecuteReader("SELECT string_agg(vocabulary || ':' || code || ':' || patient_id, ' ') FROM condition");
        Assert.True(reader.Read());
        Assert.Equal("ICD10CM:C50.9:P1 ICD10CM:C50.9:P3 ICD10CM:E11.9:P1 SNOMED:254837009:P2", reader.GetString(0));
    }
}

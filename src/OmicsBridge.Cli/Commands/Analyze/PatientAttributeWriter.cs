using System.Globalization;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Schema.Tables;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>Saves a derived patient attribute (e.g. a subtype) as the next version of its name in <c>patient_attribute</c>,
/// in one lake write transaction, so survival and association can group by it and older versions stay readable.</summary>
internal static class PatientAttributeWriter
{
    /// <returns>The version written and the lake version that made it visible.</returns>
    public static (long Version, long LakeVersion) Save(LakeStore lake, QueryGate gate, string name, IReadOnlyDictionary<string, string> valueByPatient, string operation)
    {
        long previous = 0;
        if (gate.Snapshot().HasTable(PatientAttributeTable.Schema.Name))
        {
            using var result = gate.Query(new QueryRequest(
                $"SELECT coalesce(max(version), 0) FROM patient_attribute WHERE name = {CohortSurvival.Literal(name)}"));
            if (result.Read())
            {
                previous = Convert.ToInt64(result[0], CultureInfo.InvariantCulture);
            }
        }

        var version = previous + 1;
        var runId = string.Create(CultureInfo.InvariantCulture, $"analysis-{name}-v{version}-{Guid.NewGuid():N}");
        using var transaction = lake.BeginWrite(runId, operation);
        var table = transaction.Table(PatientAttributeTable.Schema);
        foreach (var (patient, value) in valueByPatient.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            table.NewRow().AppendValue(patient).AppendValue(name).AppendValue(value).AppendValue(version).AppendValue(runId).EndRow();
        }

        var committed = transaction.Commit();
        return (version, committed.Version);
    }
}

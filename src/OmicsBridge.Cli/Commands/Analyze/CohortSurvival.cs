using System.Globalization;
using OmicsBridge.Analytics.Survival;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Gate;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>
/// Builds survival input from a workspace through the governed gate: time in days from an anchor date to death
/// (event) or else to the last contact date (censored), per patient, with an optional grouping column.
/// </summary>
/// <remarks>
/// Anchors: <c>diagnosis</c> = the patient's earliest condition onset; <c>sample</c> = earliest sample collection;
/// <c>treatment</c> = earliest medication start. Group-by: <c>subtype</c> or <c>attribute:NAME</c> (latest version of
/// the patient attribute), <c>variant:KEY</c> (carrier when any of the patient's assays has a non-missing call or a
/// somatic mutation at KEY), <c>sex</c>. Patients without an anchor or an end date are absent from the query; patients
/// whose end precedes their anchor are kept and then dropped by the survival checks' missing-value rule.
/// </remarks>
internal static class CohortSurvival
{
    public const string TimeColumn = "time_days";
    public const string EventColumn = "event";
    public const string GroupColumn = "group";

    public static SurvivalTable Load(QueryGate gate, string anchor, string? groupBy)
    {
        var anchorSql = anchor switch
        {
            "diagnosis" => "SELECT patient_id, min(onset_date) AS anchor_date FROM condition WHERE onset_date IS NOT NULL GROUP BY patient_id",
            "sample" => "SELECT patient_id, min(collected_at) AS anchor_date FROM sample WHERE collected_at IS NOT NULL AND patient_id IS NOT NULL GROUP BY patient_id",
            "treatment" => "SELECT patient_id, min(start_date) AS anchor_date FROM medication WHERE start_date IS NOT NULL GROUP BY patient_id",
            _ => throw OmicsBridgeException.Usage($"--anchor must be diagnosis, sample or treatment; got '{anchor}'."),
        };
        var (groupSql, groupJoin) = GroupExpression(groupBy);
        var sql = $"""
            WITH anchor AS ({anchorSql}){groupJoin}
            SELECT p.patient_id,
                   CASE WHEN date_diff('day', a.anchor_date, coalesce(p.death_date, p.last_contact_date)) >= 0
                        THEN date_diff('day', a.anchor_date, coalesce(p.death_date, p.last_contact_date)) END AS {TimeColumn},
                   CASE WHEN p.death_date IS NOT NULL THEN 1 ELSE 0 END AS {EventColumn},
                   {groupSql} AS "{GroupColumn}"
            FROM patient p JOIN anchor a ON a.patient_id = p.patient_id
            WHERE coalesce(p.death_date, p.last_contact_date) IS NOT NULL
            ORDER BY p.patient_id
            """;
        var columns = new List<string?>[] { [], [], [], [] };
        using (var result = gate.Query(new QueryRequest(sql)))
        {
            foreach (var row in result.ReadRows())
            {
                for (var c = 0; c < 4; c++)
                {
                    columns[c].Add(row[c] is null ? null : Convert.ToString(row[c], CultureInfo.InvariantCulture));
                }
            }
        }

        if (columns[0].Count == 0)
        {
            throw OmicsBridgeException.NotFound($"No patient has both a {anchor} date and a death or last-contact date.");
        }

        return new SurvivalTable(["patient_id", TimeColumn, EventColumn, GroupColumn], columns);
    }

    /// <summary>The SQL for a <c>--group-by</c> value over patient <c>p</c>, and any CTE it needs.</summary>
    public static (string Expression, string Cte) GroupExpression(string? groupBy, string alias = "g")
    {
        if (groupBy is null)
        {
            return ("NULL", "");
        }

        if (groupBy == "sex")
        {
            return ("p.sex", "");
        }

        if (groupBy.StartsWith("variant:", StringComparison.Ordinal))
        {
            var key = Literal(groupBy["variant:".Length..]);
            var cte = $"""
                , {alias}_carrier AS (
                    SELECT DISTINCT s.patient_id FROM genotype g JOIN assay x ON x.assay_id = g.assay_id JOIN sample s ON s.sample_id = x.sample_id
                    WHERE g.variant_key = {key} AND g.zygosity <> 'missing'
                    UNION
                    SELECT DISTINCT s.patient_id FROM mutation m JOIN sample s ON s.sample_id = m.sample_id WHERE m.variant_key = {key})
                """;
            return ($"CASE WHEN p.patient_id IN (SELECT patient_id FROM {alias}_carrier) THEN 'carrier' ELSE 'non-carrier' END", cte);
        }

        var name = groupBy.StartsWith("attribute:", StringComparison.Ordinal) ? groupBy["attribute:".Length..] : groupBy;
        var attributeCte = $"""
            , {alias}_attr AS (
                SELECT patient_id, value FROM patient_attribute
                WHERE name = {Literal(name)} AND version = (SELECT max(version) FROM patient_attribute WHERE name = {Literal(name)}))
            """;
        return ($"(SELECT value FROM {alias}_attr WHERE {alias}_attr.patient_id = p.patient_id)", attributeCte);
    }

    public static string Literal(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}

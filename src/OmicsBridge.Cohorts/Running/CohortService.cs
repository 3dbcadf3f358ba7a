using System.Globalization;
using OmicsBridge.Cohorts.Compilation;
using OmicsBridge.Cohorts.Definition;
using OmicsBridge.Cohorts.Genes;
using OmicsBridge.Cohorts.Parsing;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Gate;

namespace OmicsBridge.Cohorts.Running;

/// <summary>
/// Counts, lists, characterises and overlaps cohorts. Every read is one SQL statement through the governed gate, on the
/// lake version asked for (time travel with <c>asOf</c>).
/// </summary>
/// <param name="gate">The one read path out of the lake.</param>
/// <param name="genes">Approved HGNC symbols (with previous and alias symbols); without it, genes are checked against the data only.</param>
public sealed class CohortService(QueryGate gate, GeneCatalog? genes = null)
{
    public CohortCount Count(CohortDefinition definition, long? asOf = null)
    {
        var (compiled, version) = Prepare(definition, asOf);
        var value = Scalar(compiled.CountSql, version);
        long? count = value is null ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture);
        var empty = count == 0 ? EmptyCriteria(compiled, version) : [];
        return new CohortCount(count, version, CriterionText.Format(definition), compiled.Index, compiled.Warnings, empty);
    }

    public CohortMembers Members(CohortDefinition definition, long? asOf = null)
    {
        var (compiled, version) = Prepare(definition, asOf);
        var ids = new List<string>();
        using (var result = gate.Query(new QueryRequest(compiled.MembersSql, version)))
        {
            while (result.Read())
            {
                ids.Add((string)result[0]!);
            }
        }

        var empty = ids.Count == 0 ? EmptyCriteria(compiled, version) : [];
        var tables = gate.Snapshot(version).TableVersions;
        return new CohortMembers(ids, version, new SortedDictionary<string, long>(tables.ToDictionary(), StringComparer.Ordinal),
            compiled.TablesRead, CriterionText.Format(definition), compiled.Index, compiled.Warnings, empty);
    }

    /// <summary>
    /// The characterisation table: members, age (mean, median, range), sex, the ten most frequent conditions and
    /// medications (patients with each) and the members with each modality. Small cells are hidden from a
    /// pseudonymised caller (<see cref="CharacteristicSuppression"/>).
    /// </summary>
    public IReadOnlyList<CohortCharacteristic> Describe(CohortDefinition definition, long? asOf = null, int top = 10)
    {
        var (compiled, version) = Prepare(definition, asOf);
        var ageAt = compiled.Index is null ? SqlText.Date(ReferenceDate(version)) : "m.index_date";
        var topText = top.ToString(CultureInfo.InvariantCulture);
        var sql = compiled.Then($"""
            , n AS (SELECT count(*) AS total FROM members),
            ages AS (SELECT date_part('year', age(CAST({ageAt} AS TIMESTAMP), CAST(p.birth_date AS TIMESTAMP))) AS age
                     FROM members m JOIN "patient" p ON p.patient_id = m.patient_id WHERE p.birth_date IS NOT NULL),
            rows AS (
              SELECT 0 AS section_order, 'members' AS section, 'patients' AS item, CAST(total AS DOUBLE) AS value, 0 AS item_order FROM n
              UNION ALL SELECT 1, 'age', 'mean', avg(age), 0 FROM ages
              UNION ALL SELECT 1, 'age', 'median', CAST(median(age) AS DOUBLE), 1 FROM ages
              UNION ALL SELECT 1, 'age', 'min', min(age), 2 FROM ages
              UNION ALL SELECT 1, 'age', 'max', max(age), 3 FROM ages
              UNION ALL SELECT 2, 'sex', coalesce(p.sex, 'missing'), count(*), 0 FROM members m JOIN "patient" p ON p.patient_id = m.patient_id GROUP BY p.sex
              UNION ALL SELECT 3, 'vital status', CASE WHEN p.deceased IS TRUE OR p.death_date IS NOT NULL THEN 'deceased' ELSE 'alive' END, count(*), 0
                        FROM members m JOIN "patient" p ON p.patient_id = m.patient_id GROUP BY 3
              UNION ALL SELECT * FROM (SELECT 4, 'condition', c.vocabulary || ':' || c.code || coalesce(' ' || any_value(c.display), ''), count(DISTINCT c.patient_id), 0
                        FROM "condition" c JOIN members m ON m.patient_id = c.patient_id GROUP BY c.vocabulary, c.code ORDER BY 4 DESC, 3 LIMIT {topText})
              UNION ALL SELECT * FROM (SELECT 5, 'medication', d.vocabulary || ':' || d.code || coalesce(' ' || any_value(d.display), ''), count(DISTINCT d.patient_id), 0
                        FROM "medication" d JOIN members m ON m.patient_id = d.patient_id GROUP BY d.vocabulary, d.code ORDER BY 4 DESC, 3 LIMIT {topText})
              UNION ALL SELECT 6, 'modality', a.modality, count(DISTINCT s.patient_id), 0
                        FROM members m JOIN "sample" s ON s.patient_id = m.patient_id JOIN "assay" a ON a.sample_id = s.sample_id GROUP BY a.modality)
            SELECT section, item, value, CASE WHEN section IN ('sex', 'vital status', 'condition', 'medication', 'modality') AND total > 0
                   THEN round(100.0 * value / total, 1) END AS percent
            FROM rows, n ORDER BY section_order, item_order, value DESC, item
            """);
        using var result = gate.Query(new QueryRequest(sql, version));
        var rows = new List<CohortCharacteristic>();
        while (result.Read())
        {
            var value = result[2] is null ? double.NaN : Convert.ToDouble(result[2], CultureInfo.InvariantCulture);
            var percent = result[3] is null ? (double?)null : Convert.ToDouble(result[3], CultureInfo.InvariantCulture);
            rows.Add(new CohortCharacteristic((string)result[0]!, (string)result[1]!, value, percent));
        }

        return gate.IsPseudonymised ? CharacteristicSuppression.Apply(rows, gate.Governance.Suppression) : rows;
    }

    /// <summary>Members per exact combination of modalities, per modality, and who lacks which.</summary>
    public CohortOverlap Overlap(CohortDefinition definition, long? asOf = null)
    {
        var (compiled, version) = Prepare(definition, asOf);
        var sql = compiled.Then("""
            , per_patient AS (
              SELECT m.patient_id, list_sort(list_distinct(list(a.modality) FILTER (WHERE a.modality IS NOT NULL))) AS modalities
              FROM members m LEFT JOIN "sample" s ON s.patient_id = m.patient_id LEFT JOIN "assay" a ON a.sample_id = s.sample_id
              GROUP BY m.patient_id),
            present AS (SELECT list_sort(list_distinct(flatten(list(modalities)))) AS all_modalities FROM per_patient)
            SELECT p.patient_id, array_to_string(p.modalities, '|') AS have,
                   array_to_string(list_filter(present.all_modalities, x -> NOT list_contains(p.modalities, x)), '|') AS missing
            FROM per_patient p, present ORDER BY p.patient_id
            """);
        var combinations = new Dictionary<string, long>(StringComparer.Ordinal);
        var perModality = new SortedDictionary<string, long>(StringComparer.Ordinal);
        var lacking = new List<(string, IReadOnlyList<string>)>();
        long members = 0;
        using (var result = gate.Query(new QueryRequest(sql, version)))
        {
            while (result.Read())
            {
                members++;
                var have = (string?)result[1] ?? "";
                combinations[have] = combinations.GetValueOrDefault(have) + 1;
                foreach (var modality in Split(have))
                {
                    perModality[modality] = perModality.GetValueOrDefault(modality) + 1;
                }

                var missing = Split((string?)result[2] ?? "");
                if (missing.Count > 0)
                {
                    lacking.Add(((string)result[0]!, missing));
                }
            }
        }

        var combos = combinations
            .Select(c => new ModalityCombination(Split(c.Key), c.Value))
            .OrderByDescending(c => c.Patients).ThenBy(c => string.Join('|', c.Modalities), StringComparer.Ordinal)
            .ToList();
        return new CohortOverlap(members, combos, perModality, lacking, version);
    }

    /// <summary>Compiles against the lake version that will be read, after checking every gene the definition names.</summary>
    public (CompiledCohort Compiled, long LakeVersion) Prepare(CohortDefinition definition, long? asOf)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var snapshot = gate.Snapshot(asOf);
        if (snapshot.Entry is null)
        {
            throw OmicsBridgeException.NotFound("The lake is empty: nothing has been ingested yet. Start with: omicsbridge ingest manifest FILE");
        }

        var compiled = CohortCompiler.Compile(definition, DateOnly.FromDateTime(snapshot.Entry.Timestamp.UtcDateTime));
        CheckGenes(compiled.Genes, snapshot.Entry.Version);
        return (compiled, snapshot.Entry.Version);
    }

    private DateOnly ReferenceDate(long version) =>
        DateOnly.FromDateTime(gate.Snapshot(version).Entry!.Timestamp.UtcDateTime);

    private void CheckGenes(IReadOnlyList<string> symbols, long version)
    {
        var unknown = symbols.Where(g => genes is null || !genes.IsApproved(g)).ToList();
        if (unknown.Count == 0)
        {
            return;
        }

        // A symbol the gene list does not know may still be in the data (an older annotation); only one absent from both is an error.
        var list = SqlText.List(unknown);
        var sql = $"""
            SELECT DISTINCT gene FROM (
              SELECT gene FROM "variant" WHERE gene IN ({list})
              UNION ALL SELECT gene FROM "mutation" WHERE gene IN ({list})
              UNION ALL SELECT gene FROM "copy_number" WHERE gene IN ({list})
              UNION ALL SELECT feature_id FROM "molecular_measurement" WHERE feature_namespace = 'HGNC' AND feature_id IN ({list}))
            """;
        var found = new HashSet<string>(StringComparer.Ordinal);
        using (var result = gate.Query(new QueryRequest(sql, version)))
        {
            while (result.Read())
            {
                found.Add((string)result[0]!);
            }
        }

        var missing = unknown.Where(g => !found.Contains(g)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var messages = missing.Select(g => genes is not null && genes.TryCurrent(g, out var current, out var relation)
            ? $"Gene '{g}' is not a current HGNC symbol and no data names it; it is {relation} of {current}: use {current}."
            : genes is null
                ? $"Gene '{g}' is found in no data of this lake (variant, mutation, copy_number, molecular_measurement), and no HGNC gene list is loaded to check it against."
                : $"Gene '{g}' is neither an approved HGNC symbol (of {genes.Count} loaded) nor found in any data of this lake.");
        throw new OmicsBridgeException(ErrorKind.InvalidInput, string.Join(Environment.NewLine, messages),
            [.. messages.Select(m => new ParseIssue(CohortIssues.UnknownGene, IssueSeverity.Error, "definition", 1, null, null, m))]);
    }

    private List<string> EmptyCriteria(CompiledCohort compiled, long version)
    {
        var empty = new List<string>();
        if (compiled.Leaves.Count == 0)
        {
            return empty;
        }

        using var result = gate.Query(new QueryRequest(compiled.LeafCountsSql, version));
        while (result.Read())
        {
            if (result[1] is { } patients && Convert.ToInt64(patients, CultureInfo.InvariantCulture) == 0)
            {
                empty.Add(compiled.Leaves[Convert.ToInt32(result[0], CultureInfo.InvariantCulture)].Label);
            }
        }

        return empty;
    }

    private object? Scalar(string sql, long version)
    {
        using var result = gate.Query(new QueryRequest(sql, version));
        return result.Read() ? result[0] : null;
    }

    private static List<string> Split(string text) => [.. text.Split('|', StringSplitOptions.RemoveEmptyEntries)];
}

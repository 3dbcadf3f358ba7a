using System.Globalization;
using System.Text;
using OmicsBridge.Lake.Schema;

namespace OmicsBridge.Governance.Consent;

/// <summary>
/// Writes the governed views a researcher queries instead of the lake's tables: only consenting patients' rows,
/// research ids instead of patient_ids, no identifier columns, shifted dates, birth years instead of birth dates.
/// Consent is enforced inside the engine by joining to <c>consent_effective</c>, so joins, aggregates, paging and
/// subqueries over the views can never see an excluded patient.
/// </summary>
/// <remarks>
/// <para>Each table reaches its patient in one of three ways, chosen from its columns: its own <c>patient_id</c>;
/// <c>sample_id</c> → <c>sample.patient_id</c>; or <c>assay_id</c> → <c>assay.sample_id</c> → <c>sample.patient_id</c>.
/// Tables with none of these are withheld unless listed as reference tables. Rows whose patient is unknown (a
/// sample without patient_id) are withheld too: nobody consented for them.</para>
/// <para>Consent category: a row reached through an assay takes the assay's modality (genomics → genomic…, see
/// <see cref="DataCategories.ByModality"/>); other rows take the table's category (clinical unless configured).
/// The view keeps a row only if <c>consent_effective</c> holds (patient, category) — that table is built per query
/// by the gate from <see cref="ConsentEvaluator.Effective"/>, so a withdrawal applies on the next query.</para>
/// <para>Columns: <c>patient_id</c> becomes <c>research_id</c> (and <c>patient_id</c> holds the same research id, so
/// commands' compiled SQL works for researchers too); identifier columns are dropped; birth dates become
/// <c>birth_year</c> (null above 89 at the reference date), <c>age_over_89</c>, and the birth date column holds 1 July
/// of the birth year (null above 89); every other DATE and TIMESTAMP
/// column moves by the patient's <c>shift_days</c> from <c>pseudonym_map</c>, which holds only consenting patients
/// (an inner join: a patient missing from it cannot appear). Sample and assay ids are replaced by their keyed
/// pseudonyms from <c>key_map</c> (again an inner join), so barcodes that embed a participant id never show.</para>
/// </remarks>
public sealed class GovernedViewBuilder(GovernedViewOptions? options = null)
{
    private static readonly string[] s_carrierTables = ["genotype", "mutation"];

    private readonly GovernedViewOptions _options = options ?? new GovernedViewOptions();

    public GovernedViewOptions Options => _options;

    public GovernedViewPlan Build(IEnumerable<TableSchema> tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        var byName = tables.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        var views = new List<GovernedView>();
        var withheld = new Dictionary<string, string>(StringComparer.Ordinal);
        var sample = byName.GetValueOrDefault("sample");
        var assay = byName.GetValueOrDefault("assay");
        var sampleLinked = sample is not null && Has(sample, "sample_id") && Has(sample, "patient_id");
        var assayLinked = sampleLinked && assay is not null && Has(assay, "assay_id") && Has(assay, "sample_id");

        // Variant catalogues show only variants a consenting patient carries: a variant seen only in a withdrawn
        // patient's calls must not stay visible. These views come first in name order, so the catalogues can use them.
        var carriers = s_carrierTables
            .Where(name => byName.TryGetValue(name, out var t) && Has(t, "variant_key") && !_options.ExcludedTables.Contains(name))
            .ToList();
        foreach (var table in byName.Values.OrderBy(t => t.Name, StringComparer.Ordinal))
        {
            if (_options.ExcludedTables.Contains(table.Name))
            {
                withheld[table.Name] = "holds identifiers, raw source text or provenance; never shown to researchers";
                continue;
            }

            Path? path = Has(table, "patient_id") ? Path.Direct
                : Has(table, "sample_id") && sampleLinked ? Path.ViaSample
                : Has(table, "assay_id") && assayLinked ? Path.ViaAssay
                : _options.ReferenceTables.Contains(table.Name) ? Path.Reference
                : null;
            if (path is null)
            {
                withheld[table.Name] = "no link to a patient (patient_id, sample_id or assay_id), so consent cannot be checked";
                continue;
            }

            views.Add(BuildView(table, path.Value, carriers));
        }

        var statements = new List<string>
        {
            $"CREATE SCHEMA IF NOT EXISTS {GovernedViewOptions.Quote(_options.TargetSchema)}",
        };
        statements.AddRange(views.Select(v => v.Sql));
        return new GovernedViewPlan(views, withheld) { Statements = statements };
    }

    private GovernedView BuildView(TableSchema table, Path path, List<string> carriers)
    {
        var q = GovernedViewOptions.Quote;
        var source = q(_options.SourceSchema);
        var governance = q(_options.GovernanceSchema);
        var columns = new List<string>();
        var dropped = new List<string>();
        var select = new List<string>();
        var keyJoins = new List<string>();
        var linked = path != Path.Reference;
        var reference = GovernedViewOptions.Literal(_options.ReferenceDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        foreach (var column in table.Columns)
        {
            var name = column.Name;
            var b = "b." + q(name);
            if (name == "patient_id" && linked)
            {
                // patient_id too carries the research id, so the SQL that commands compile (cohorts, variants,
                // analyses join on patient_id) runs unchanged for a researcher; the lake's own id is never in a view.
                select.Add("pm.research_id AS research_id");
                select.Add("pm.research_id AS patient_id");
                columns.Add("research_id");
                columns.Add("patient_id");
            }
            else if (linked && _options.PseudonymisedKeys.TryGetValue(name, out var kind))
            {
                var alias = "k_" + name;
                keyJoins.Add($"\nJOIN {q(_options.GovernanceSchema)}.\"key_map\" AS {alias} ON {alias}.kind = {GovernedViewOptions.Literal(kind)} AND {alias}.value = {b}");
                select.Add($"{alias}.pseudonym AS {q(name)}");
                columns.Add(name);
            }
            else if (_options.IdentifierColumns.Contains(name) && !_options.NotIdentifiers.Contains($"{table.Name}.{name}"))
            {
                dropped.Add(name);
            }
            else if (_options.BirthDateColumns.Contains(name) && column.Type is ColumnType.Date or ColumnType.Timestamp)
            {
                var age = $"date_sub('year', CAST({b} AS DATE), DATE {reference})";
                select.Add($"CASE WHEN {age} > 89 THEN NULL ELSE year({b}) END AS birth_year");
                select.Add($"CASE WHEN {b} IS NULL THEN NULL ELSE {age} > 89 END AS age_over_89");
                // The birth date itself is the year's midpoint (1 July), so ages that commands compute stay within a
                // year of the truth and reveal no more than birth_year does.
                select.Add($"CASE WHEN {age} > 89 THEN NULL ELSE make_date(year({b}), 7, 1) END AS {q(name)}");
                columns.Add("birth_year");
                columns.Add("age_over_89");
                columns.Add(name);
            }
            else if (linked && column.Type == ColumnType.Date)
            {
                select.Add($"CAST({b} + pm.shift_days AS DATE) AS {q(name)}");
                columns.Add(name);
            }
            else if (linked && column.Type == ColumnType.Timestamp)
            {
                select.Add($"{b} + to_days(pm.shift_days) AS {q(name)}");
                columns.Add(name);
            }
            else
            {
                select.Add($"{b} AS {q(name)}");
                columns.Add(name);
            }
        }

        var sql = new StringBuilder();
        sql.Append("CREATE OR REPLACE VIEW ").Append(q(_options.TargetSchema)).Append('.').Append(q(table.Name)).Append(" AS\nSELECT ")
            .AppendJoin(",\n       ", select)
            .Append("\nFROM ").Append(source).Append('.').Append(q(table.Name)).Append(" AS b");
        string patientKey;
        string category;
        string description;
        switch (path)
        {
            case Path.Direct:
                patientKey = "b.patient_id";
                category = Has(table, "modality") ? ModalityCategory("b.modality") : GovernedViewOptions.Literal(_options.DefaultCategory(table.Name));
                description = "patient_id";
                break;
            case Path.ViaSample:
                sql.Append("\nJOIN ").Append(source).Append(".\"sample\" AS s ON s.sample_id = b.sample_id");
                patientKey = "s.patient_id";
                category = Has(table, "modality") ? ModalityCategory("b.modality") : GovernedViewOptions.Literal(_options.DefaultCategory(table.Name));
                description = "sample_id → sample.patient_id";
                break;
            case Path.ViaAssay:
                sql.Append("\nJOIN ").Append(source).Append(".\"assay\" AS a ON a.assay_id = b.assay_id")
                    .Append("\nJOIN ").Append(source).Append(".\"sample\" AS s ON s.sample_id = a.sample_id");
                patientKey = "s.patient_id";
                category = ModalityCategory("a.modality");
                description = "assay_id → assay.sample_id → sample.patient_id";
                break;
            default:
                if (Has(table, "variant_key"))
                {
                    var target = q(_options.TargetSchema);
                    sql.Append("\nWHERE b.variant_key IN (")
                        .AppendJoin(" UNION ", carriers.Select(c => $"SELECT variant_key FROM {target}.{q(c)}"))
                        .Append(carriers.Count == 0 ? "SELECT NULL WHERE false" : "")
                        .Append(')');
                    return new GovernedView(table.Name, sql.ToString(), "reference table: variants consenting patients carry", columns, dropped);
                }

                return new GovernedView(table.Name, sql.ToString(), "reference table (no patient data)", columns, dropped);
        }

        sql.Append("\nJOIN ").Append(governance).Append(".\"pseudonym_map\" AS pm ON pm.patient_id = ").Append(patientKey)
            .AppendJoin("", keyJoins)
            .Append("\nWHERE EXISTS (SELECT 1 FROM ").Append(governance).Append(".\"consent_effective\" AS ce")
            .Append(" WHERE ce.patient_id = ").Append(patientKey).Append(" AND ce.category = ").Append(category).Append(')');
        return new GovernedView(table.Name, sql.ToString(), description, columns, dropped);
    }

    private static string ModalityCategory(string column)
    {
        var cases = string.Join(" ", DataCategories.ByModality.Select(kv =>
            $"WHEN {GovernedViewOptions.Literal(kv.Key)} THEN {GovernedViewOptions.Literal(kv.Value)}"));
        // An unknown modality maps to no category, so its rows are withheld rather than guessed.
        return $"(CASE lower({column}) {cases} ELSE NULL END)";
    }

    private static bool Has(TableSchema table, string column) => table.Columns.Any(c => c.Name == column);

    private enum Path
    {
        Direct,
        ViaSample,
        ViaAssay,
        Reference,
    }
}

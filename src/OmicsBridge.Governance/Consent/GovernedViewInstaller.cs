using DuckDB.NET.Data;
using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Pseudonyms;
using OmicsBridge.Lake.Schema;

namespace OmicsBridge.Governance.Consent;

/// <summary>
/// Sets up one researcher query's governed views on a DuckDB connection whose <see cref="GovernedViewOptions.SourceSchema"/>
/// holds the lake's tables: evaluates consent for the purpose and date, loads <c>consent_effective</c>,
/// <c>pseudonym_map</c> and <c>key_map</c>, and creates the views. Run it per query, so consent changes apply at once.
/// </summary>
public static class GovernedViewInstaller
{
    public static GovernedInstallation Install(
        DuckDBConnection connection,
        IReadOnlyList<TableSchema> tables,
        ConsentEvaluator consent,
        Pseudonymizer pseudonyms,
        Purpose purpose,
        DateOnly date,
        IReadOnlySet<string>? attestations = null,
        GovernedViewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(consent);
        ArgumentNullException.ThrowIfNull(pseudonyms);
        ArgumentNullException.ThrowIfNull(purpose);
        options ??= new GovernedViewOptions();
        var q = GovernedViewOptions.Quote;
        var source = q(options.SourceSchema);
        var governance = q(options.GovernanceSchema);
        bool Has(string table, string column) => tables.Any(t => t.Name == table && t.Columns.Any(c => c.Name == column));

        var patientQueries = new List<string>();
        if (Has("patient", "patient_id"))
        {
            patientQueries.Add($"SELECT patient_id FROM {source}.\"patient\"");
        }

        if (Has("sample", "patient_id"))
        {
            patientQueries.Add($"SELECT patient_id FROM {source}.\"sample\" WHERE patient_id IS NOT NULL");
        }

        var patients = patientQueries.Count == 0 ? [] : Strings(connection, string.Join(" UNION ", patientQueries));
        var (rows, summary) = consent.Effective(patients, purpose, [.. DataCategories.Known], date, attestations);
        ConsentEffectiveTable.Load(connection, options.GovernanceSchema, rows);
        PseudonymMapTable.Load(connection, options.GovernanceSchema, pseudonyms, rows.Select(r => r.PatientId));

        // Only consenting patients' samples and assays get pseudonyms; the views inner-join to them.
        var keys = new List<(string, string)>();
        if (Has("sample", "sample_id") && Has("sample", "patient_id"))
        {
            keys.AddRange(Strings(connection,
                $"SELECT s.sample_id FROM {source}.\"sample\" s JOIN {governance}.\"pseudonym_map\" pm ON pm.patient_id = s.patient_id")
                .Select(id => ("sample", id)));
            if (Has("assay", "assay_id") && Has("assay", "sample_id"))
            {
                keys.AddRange(Strings(connection,
                    $"SELECT a.assay_id FROM {source}.\"assay\" a JOIN {source}.\"sample\" s ON s.sample_id = a.sample_id "
                    + $"JOIN {governance}.\"pseudonym_map\" pm ON pm.patient_id = s.patient_id")
                    .Select(id => ("assay", id)));
            }
        }

        PseudonymMapTable.LoadKeys(connection, options.GovernanceSchema, pseudonyms, keys);
        var plan = new GovernedViewBuilder(options with { ReferenceDate = date }).Build(tables);
        foreach (var statement in plan.Statements)
        {
            using var command = connection.CreateCommand();
            command.CommandText = statement;
            command.ExecuteNonQuery();
        }

        return new GovernedInstallation(plan, summary);
    }

    private static List<string> Strings(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}

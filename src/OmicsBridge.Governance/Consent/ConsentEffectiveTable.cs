using DuckDB.NET.Data;

namespace OmicsBridge.Governance.Consent;

/// <summary>
/// Loads <c>consent_effective(patient_id, category)</c> — the (patient, category) pairs usable for this query's
/// purpose and date — into a DuckDB connection, where the governed views join to it.
/// </summary>
public static class ConsentEffectiveTable
{
    public const string Name = "consent_effective";

    public static void Load(DuckDBConnection connection, string schema, IEnumerable<(string PatientId, string Category)> rows)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(rows);
        var q = GovernedViewOptions.Quote;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"CREATE SCHEMA IF NOT EXISTS {q(schema)}; "
                + $"CREATE OR REPLACE TABLE {q(schema)}.{q(Name)} (patient_id VARCHAR NOT NULL, category VARCHAR NOT NULL)";
            command.ExecuteNonQuery();
        }

        using var appender = connection.CreateAppender(schema, Name);
        foreach (var (patientId, category) in rows)
        {
            appender.CreateRow().AppendValue(patientId).AppendValue(category).EndRow();
        }
    }
}

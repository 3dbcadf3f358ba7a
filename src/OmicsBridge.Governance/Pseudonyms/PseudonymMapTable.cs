using DuckDB.NET.Data;

namespace OmicsBridge.Governance.Pseudonyms;

/// <summary>
/// Loads <c>pseudonym_map(patient_id, research_id, shift_days)</c> for the given patients into a DuckDB connection.
/// </summary>
/// <remarks>
/// The mapping is computed here, in .NET, rather than by a DuckDB scalar UDF: the key never enters the engine (a
/// function registered with it could be called by any SQL on the connection to test guesses), and only the patients
/// passed in — the consenting ones — get a row, which the governed views inner-join to.
/// </remarks>
public static class PseudonymMapTable
{
    public const string Name = "pseudonym_map";

    public const string KeyMapName = "key_map";

    public static void Load(DuckDBConnection connection, string schema, Pseudonymizer pseudonyms, IEnumerable<string> patientIds)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(pseudonyms);
        ArgumentNullException.ThrowIfNull(patientIds);
        var quoted = "\"" + schema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"CREATE SCHEMA IF NOT EXISTS {quoted}; "
                + $"CREATE OR REPLACE TABLE {quoted}.\"{Name}\" (patient_id VARCHAR PRIMARY KEY, research_id VARCHAR NOT NULL, shift_days INTEGER NOT NULL)";
            command.ExecuteNonQuery();
        }

        using var appender = connection.CreateAppender(schema, Name);
        foreach (var patientId in patientIds.Distinct(StringComparer.Ordinal))
        {
            appender.CreateRow().AppendValue(patientId).AppendValue(pseudonyms.ResearchId(patientId)).AppendValue(pseudonyms.ShiftDays(patientId)).EndRow();
        }
    }

    /// <summary>
    /// Loads <c>key_map(kind, value, pseudonym)</c>: pseudonyms for sample and assay ids, which the governed views
    /// show instead of the ids themselves (and join on, so joins between views still work).
    /// </summary>
    public static void LoadKeys(DuckDBConnection connection, string schema, Pseudonymizer pseudonyms, IEnumerable<(string Kind, string Value)> keys)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(pseudonyms);
        ArgumentNullException.ThrowIfNull(keys);
        var quoted = "\"" + schema.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
        using (var command = connection.CreateCommand())
        {
            command.CommandText = $"CREATE SCHEMA IF NOT EXISTS {quoted}; "
                + $"CREATE OR REPLACE TABLE {quoted}.\"{KeyMapName}\" (kind VARCHAR NOT NULL, value VARCHAR NOT NULL, pseudonym VARCHAR NOT NULL, PRIMARY KEY (kind, value))";
            command.ExecuteNonQuery();
        }

        using var appender = connection.CreateAppender(schema, KeyMapName);
        foreach (var (kind, value) in keys.Distinct())
        {
            appender.CreateRow().AppendValue(kind).AppendValue(value).AppendValue(pseudonyms.KeyPseudonym(kind, value)).EndRow();
        }
    }
}

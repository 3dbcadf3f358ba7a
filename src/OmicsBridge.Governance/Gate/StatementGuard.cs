using System.Text.Json;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Query;

namespace OmicsBridge.Governance.Gate;

/// <summary>
/// Admits only a single read-only SELECT. The check uses DuckDB's own parser (json_serialize_sql serialises SELECT
/// statements only), so there is no second SQL grammar of ours to drift from the engine's.
/// </summary>
internal static class StatementGuard
{
    public static void EnsureSingleSelect(LakeQueryEngine engine, string sql)
    {
        if (string.IsNullOrWhiteSpace(sql))
        {
            throw OmicsBridgeException.Usage("The query is empty: give one SELECT statement.");
        }

        var serialized = engine.Scalar("SELECT json_serialize_sql($1::VARCHAR)", sql) as string
            ?? throw OmicsBridgeException.InvalidInput("The query could not be parsed.");
        using var document = JsonDocument.Parse(serialized);
        var root = document.RootElement;
        if (root.TryGetProperty("error", out var error) && error.GetBoolean())
        {
            var message = root.TryGetProperty("error_message", out var text) ? text.GetString() ?? "" : "";
            var type = root.TryGetProperty("error_type", out var kind) ? kind.GetString() ?? "" : "";
            if (message.Contains("Only SELECT", StringComparison.OrdinalIgnoreCase) || type.Equals("not implemented", StringComparison.OrdinalIgnoreCase))
            {
                throw OmicsBridgeException.Forbidden(
                    "Only SELECT queries are allowed: the lake is written by ingestion only (no INSERT, UPDATE, DELETE, CREATE, COPY, ATTACH, SET or PRAGMA).");
            }

            throw OmicsBridgeException.InvalidInput($"SQL error: {message}");
        }

        var statements = root.GetProperty("statements").GetArrayLength();
        if (statements != 1)
        {
            throw OmicsBridgeException.Forbidden($"Give exactly one SELECT statement; found {statements}.");
        }
    }
}

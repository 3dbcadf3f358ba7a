using System.Text.Json;
using System.Text.RegularExpressions;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Query;

namespace OmicsBridge.Governance.Gate;

/// <summary>
/// Admits only a single read-only SELECT over the lake's tables. The check uses DuckDB's own parser
/// (json_serialize_sql serialises SELECT statements only), so there is no second SQL grammar of ours to drift from the
/// engine's; the parse tree is then searched for file and engine functions and for file paths used as tables.
/// </summary>
/// <remarks>
/// This is the second wall: a researcher's SQL also runs on a connection that holds only governed tables, with
/// external access disabled and the configuration locked, so an escape this list misses still finds nothing to read.
/// </remarks>
internal static partial class StatementGuard
{
    // Table functions and scalar functions that read files, run SQL text, or reach the engine's settings and secrets.
    private static readonly HashSet<string> s_forbiddenFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "glob", "query", "query_table", "getenv", "sniff_csv", "delta_scan", "iceberg_scan", "iceberg_metadata",
        "parquet_metadata", "parquet_schema", "parquet_file_metadata", "parquet_kv_metadata", "parquet_bloom_probe",
        "duckdb_secrets", "which_secret", "load_aws_credentials", "current_setting", "duckdb_settings",
        "duckdb_databases", "duckdb_extensions", "json_serialize_sql", "json_deserialize_sql", "json_execute_serialized_sql",
        "checkpoint", "force_checkpoint", "read_text", "read_blob", "st_read", "sqlite_scan", "sqlite_attach",
        "postgres_scan", "postgres_attach", "mysql_scan", "arrow_scan", "python_map_function",
    };

    private static readonly string[] s_forbiddenPrefixes = ["read_", "pragma_", "parquet_", "glob", "duckdb_secret"];

    private static readonly string[] s_forbiddenSuffixes = ["_scan", "_attach"];

    /// <summary>Checks <paramref name="sql"/> and returns what it reads; throws Forbidden with the reason otherwise.</summary>
    public static StatementShape Inspect(LakeQueryEngine engine, string sql)
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
                var keyword = FirstKeyword(sql);
                throw OmicsBridgeException.Forbidden(
                    $"Only SELECT queries are allowed{(keyword is null ? "" : $", not {keyword}")}: the lake is written by ingestion only, and files, "
                    + "databases, settings and extensions are out of reach (no INSERT, UPDATE, DELETE, CREATE, COPY, EXPORT, ATTACH, SET, PRAGMA, INSTALL or LOAD).");
            }

            throw OmicsBridgeException.InvalidInput($"SQL error: {message}");
        }

        var statements = root.GetProperty("statements");
        if (statements.GetArrayLength() != 1)
        {
            throw OmicsBridgeException.Forbidden($"Give exactly one SELECT statement; found {statements.GetArrayLength()}.");
        }

        var tables = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        Walk(statements[0], tables);
        return new StatementShape(tables, CountColumns(statements[0]));
    }

    private static void Walk(JsonElement element, SortedSet<string> tables)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Walk(item, tables);
            }

            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        if (element.TryGetProperty("function_name", out var function) && function.GetString() is { } name && IsForbidden(name))
        {
            throw OmicsBridgeException.Forbidden(
                $"The function {name}() is not allowed: queries read the lake's tables only, never files, other databases or the engine's settings.");
        }

        if (element.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String)
        {
            var kind = type.GetString();
            if (kind == "BASE_TABLE" && element.TryGetProperty("table_name", out var table) && table.GetString() is { } tableName)
            {
                var catalog = element.TryGetProperty("catalog_name", out var c) ? c.GetString() : null;
                if (!string.IsNullOrEmpty(catalog) || tableName.IndexOfAny(['/', '\\', '.', ':', '*', '?']) >= 0)
                {
                    throw OmicsBridgeException.Forbidden(
                        $"'{(string.IsNullOrEmpty(catalog) ? "" : catalog + ".")}{tableName}' is not a lake table: queries read the lake's tables only, never files or other databases.");
                }

                tables.Add(tableName);
            }
            else if (kind == "TABLE_FUNCTION" && element.TryGetProperty("function", out var tableFunction)
                && tableFunction.TryGetProperty("function_name", out var functionName) && functionName.GetString() is { } tf)
            {
                // Every table function is a way around the views (range() excepted: it reads nothing).
                if (!tf.Equals("range", StringComparison.OrdinalIgnoreCase) && !tf.Equals("generate_series", StringComparison.OrdinalIgnoreCase)
                    && !tf.Equals("unnest", StringComparison.OrdinalIgnoreCase))
                {
                    throw OmicsBridgeException.Forbidden(
                        $"The table function {tf}() is not allowed: queries read the lake's tables only, never files, other databases or the engine's settings.");
                }
            }
        }

        foreach (var property in element.EnumerateObject())
        {
            Walk(property.Value, tables);
        }
    }

    private static bool IsForbidden(string name) =>
        s_forbiddenFunctions.Contains(name)
        || s_forbiddenPrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase))
        || s_forbiddenSuffixes.Any(s => name.EndsWith(s, StringComparison.OrdinalIgnoreCase));

    /// <summary>Output columns of the top-level SELECT that are count aggregates, by position (none when a * precedes them).</summary>
    private static HashSet<int> CountColumns(JsonElement statement)
    {
        var counts = new HashSet<int>();
        if (!statement.TryGetProperty("node", out var node) || !node.TryGetProperty("select_list", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return counts;
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            var @class = item.TryGetProperty("class", out var c) ? c.GetString() : null;
            if (@class == "STAR")
            {
                break;
            }

            if (item.TryGetProperty("function_name", out var f) && f.GetString() is "count" or "count_star")
            {
                counts.Add(index);
            }

            index++;
        }

        return counts;
    }

    private static string? FirstKeyword(string sql)
    {
        var match = LeadingKeyword().Match(sql);
        return match.Success ? match.Groups[1].Value.ToUpperInvariant() : null;
    }

    [GeneratedRegex(@"^(?:\s+|--[^\n]*\n|/\*.*?\*/)*([A-Za-z]+)", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingKeyword();
}

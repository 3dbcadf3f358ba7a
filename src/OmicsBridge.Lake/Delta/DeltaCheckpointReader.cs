using System.Text.Json;
using DuckDB.NET.Data;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Lake.Delta;

/// <summary>Reads the actions of a classic (parquet) checkpoint through DuckDB.</summary>
/// <remarks>
/// Each checkpoint row is turned into JSON by DuckDB (<c>to_json</c> renders the string maps as objects) so the one
/// action parser serves both commit files and checkpoints.
/// </remarks>
internal static class DeltaCheckpointReader
{
    public static IEnumerable<DeltaAction> Read(IReadOnlyList<string> parts)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        var files = DeltaSql.Join(parts.Select(DeltaSql.PathLiteral));
        command.CommandText = $"SELECT CAST(to_json(c) AS VARCHAR) FROM read_parquet([{files}], union_by_name = true) AS c";
        using var reader = command.ExecuteReader();
        long row = 0;
        while (reader.Read())
        {
            row++;
            DeltaAction? action;
            try
            {
                using var document = JsonDocument.Parse(reader.GetString(0));
                action = DeltaActionJson.Parse(document.RootElement);
            }
            catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
            {
                var issue = new ParseIssue("DLT002", IssueSeverity.Fatal, parts[0], row, null, null,
                    $"checkpoint row is not a valid Delta action: {ex.Message}");
                throw OmicsBridgeException.FromIssue(issue, ex);
            }

            if (action is not null)
            {
                yield return action;
            }
        }
    }
}

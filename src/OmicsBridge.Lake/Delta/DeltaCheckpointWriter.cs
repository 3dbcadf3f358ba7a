using System.Globalization;
using System.Text.Json;
using DuckDB.NET.Data;

namespace OmicsBridge.Lake.Delta;

/// <summary>Writes a classic single-file checkpoint (<c>{version}.checkpoint.parquet</c>) and <c>_last_checkpoint</c>.</summary>
/// <remarks>
/// The snapshot's actions are written as NDJSON with the same serialiser as commits, then DuckDB reads them with the
/// protocol's checkpoint schema and writes the parquet. Adds carry <c>dataChange = false</c>, as the protocol asks.
/// Remove tombstones are not kept: OmicsBridge does not VACUUM, and readers never need them.
/// Both files are written under temp names and renamed into place, so a reader sees a whole checkpoint or none.
/// </remarks>
internal static class DeltaCheckpointWriter
{
    private const string DeletionVector =
        "STRUCT(\"storageType\" VARCHAR, \"pathOrInlineDv\" VARCHAR, \"offset\" INTEGER, \"sizeInBytes\" INTEGER, \"cardinality\" BIGINT, \"maxRowIndex\" BIGINT)";

    private static readonly (string Name, string Type)[] s_columns =
    [
        ("txn", "STRUCT(\"appId\" VARCHAR, \"version\" BIGINT, \"lastUpdated\" BIGINT)"),
        ("add", "STRUCT(\"path\" VARCHAR, \"partitionValues\" MAP(VARCHAR, VARCHAR), \"size\" BIGINT, \"modificationTime\" BIGINT, "
            + $"\"dataChange\" BOOLEAN, \"tags\" MAP(VARCHAR, VARCHAR), \"deletionVector\" {DeletionVector}, \"baseRowId\" BIGINT, "
            + "\"defaultRowCommitVersion\" BIGINT, \"stats\" VARCHAR)"),
        ("remove", "STRUCT(\"path\" VARCHAR, \"deletionTimestamp\" BIGINT, \"dataChange\" BOOLEAN, \"extendedFileMetadata\" BOOLEAN, "
            + $"\"partitionValues\" MAP(VARCHAR, VARCHAR), \"size\" BIGINT, \"deletionVector\" {DeletionVector})"),
        ("metaData", "STRUCT(\"id\" VARCHAR, \"name\" VARCHAR, \"description\" VARCHAR, "
            + "\"format\" STRUCT(\"provider\" VARCHAR, \"options\" MAP(VARCHAR, VARCHAR)), \"schemaString\" VARCHAR, "
            + "\"partitionColumns\" VARCHAR[], \"configuration\" MAP(VARCHAR, VARCHAR), \"createdTime\" BIGINT)"),
        ("protocol", "STRUCT(\"minReaderVersion\" INTEGER, \"minWriterVersion\" INTEGER, \"readerFeatures\" VARCHAR[], \"writerFeatures\" VARCHAR[])"),
    ];

    public static void Write(string logPath, DeltaSnapshot snapshot)
    {
        var actions = new List<DeltaAction> { snapshot.Protocol, snapshot.Metadata };
        actions.AddRange(snapshot.Transactions.Values);
        actions.AddRange(snapshot.Files.Select(f => f with { DataChange = false }));

        var version = snapshot.Version.ToString("D20", CultureInfo.InvariantCulture);
        var unique = Guid.NewGuid().ToString("N");
        var json = Path.Combine(logPath, $".{version}.checkpoint.{unique}.json.tmp");
        var parquet = Path.Combine(logPath, $".{version}.checkpoint.{unique}.parquet.tmp");
        var last = Path.Combine(logPath, $"._last_checkpoint.{unique}.tmp");
        try
        {
            using (var stream = new FileStream(json, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                DeltaTable.WriteActions(stream, actions);
            }

            using (var connection = new DuckDBConnection("DataSource=:memory:"))
            {
                connection.Open();
                using var command = connection.CreateCommand();
                var columns = string.Join(", ", s_columns.Select(c => $"{DeltaSql.Identifier(c.Name)}: {DeltaSql.Literal(c.Type)}"));
                var select = string.Join(", ", s_columns.Select(c => DeltaSql.Identifier(c.Name)));
                command.CommandText =
                    $"COPY (SELECT {select} FROM read_json({DeltaSql.PathLiteral(json)}, format = 'newline_delimited', columns = {{{columns}}})) "
                    + $"TO {DeltaSql.PathLiteral(parquet)} (FORMAT parquet)";
                command.ExecuteNonQuery();
            }

            File.Move(parquet, Path.Combine(logPath, version + ".checkpoint.parquet"), overwrite: true);

            using (var stream = new FileStream(last, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new Utf8JsonWriter(stream))
            {
                writer.WriteStartObject();
                writer.WriteNumber("version", snapshot.Version);
                writer.WriteNumber("size", actions.Count);
                writer.WriteNumber("numOfAddFiles", snapshot.Files.Count);
                writer.WriteEndObject();
            }

            File.Move(last, Path.Combine(logPath, "_last_checkpoint"), overwrite: true);
        }
        finally
        {
            foreach (var temp in new[] { json, parquet, last })
            {
                if (File.Exists(temp))
                {
                    File.Delete(temp);
                }
            }
        }
    }
}

using System.Globalization;
using System.Text;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Encryption;

namespace OmicsBridge.Lake.Delta;

/// <summary>One consistent version of a Delta table after log replay.</summary>
/// <remarks>
/// <see cref="ToDuckDbSql"/> turns the snapshot into one DuckDB query; the snapshot itself never reads data files.
/// </remarks>
public sealed class DeltaSnapshot
{
    private readonly DeltaTable _table;

    internal DeltaSnapshot(DeltaTable table, long version, long? checkpointVersion, DeltaProtocol protocol,
        DeltaMetadata metadata, IReadOnlyList<DeltaAddFile> files, IReadOnlyDictionary<string, DeltaTransaction> transactions,
        long? commitTimestamp)
    {
        _table = table;
        Version = version;
        CheckpointVersion = checkpointVersion;
        Protocol = protocol;
        Metadata = metadata;
        Schema = DeltaSchema.Parse(metadata.SchemaString);
        Files = files;
        Transactions = transactions;
        CommitTimestamp = commitTimestamp;
    }

    public long Version { get; }

    /// <summary>The checkpoint the replay started from, or null when it replayed every commit from version 0.</summary>
    public long? CheckpointVersion { get; }

    public DeltaProtocol Protocol { get; }

    public DeltaMetadata Metadata { get; }

    public DeltaSchema Schema { get; }

    public IReadOnlyList<string> PartitionColumns => Metadata.PartitionColumns;

    /// <summary>Live files (adds minus removes), paths as written in the log.</summary>
    public IReadOnlyList<DeltaAddFile> Files { get; }

    /// <summary>The latest <c>txn</c> per application id, for idempotent writers.</summary>
    public IReadOnlyDictionary<string, DeltaTransaction> Transactions { get; }

    /// <summary>Milliseconds since the epoch of this version's commit (in-commit timestamp first), when recorded.</summary>
    public long? CommitTimestamp { get; }

    /// <summary>
    /// A DuckDB SELECT returning exactly this snapshot's rows, columns in schema order with the schema's types.
    /// </summary>
    /// <remarks>
    /// All live files are read by one <c>read_parquet(..., union_by_name = true)</c> per data key they are encrypted
    /// with (<see cref="DataKeyIds"/>; the reader must have added those keys), unioned by name with a typed
    /// zero-row anchor so a column absent from every file still exists (as NULL). Each column is cast to the table
    /// type, which also reads files written before a type widening. Partition values come from the log as typed
    /// constants, joined on the file name; deleted rows (deletion vectors) are filtered by
    /// <c>file_row_number</c> ranges. Instants (<c>timestamp</c>) are <c>TIMESTAMPTZ</c>; run the query with
    /// <c>SET TimeZone = 'UTC'</c> when rendering them as text.
    /// </remarks>
    public string ToDuckDbSql()
    {
        var partitionColumns = new HashSet<string>(PartitionColumns, StringComparer.OrdinalIgnoreCase);
        var dataFields = Schema.Fields.Where(f => !partitionColumns.Contains(f.Name)).ToList();
        if (Files.Count == 0)
        {
            var columns = Schema.Fields.Select(f => $"CAST(NULL AS {f.Type.ToDuckDbType()}) AS {DeltaSql.Identifier(f.Name)}");
            return $"SELECT {DeltaSql.Join(columns)} WHERE false";
        }

        var paths = Files.Select(ResolvePath).ToList();
        var sql = new StringBuilder();
        sql.Append("SELECT ");
        sql.Append(DeltaSql.Join(Schema.Fields.Select(f => partitionColumns.Contains(f.Name)
            ? $"__ob_p.{DeltaSql.Identifier(f.Name)}"
            : $"CAST(__ob_d.{DeltaSql.Identifier(f.Name)} AS {f.Type.ToDuckDbType()}) AS {DeltaSql.Identifier(f.Name)}")));
        sql.Append(" FROM (");
        // A read takes one footer key, so files encrypted with different data keys are read one read each (and without
        // union_by_name, which DuckDB 1.5 cannot combine with decryption; the unions by name below align the columns).
        var reads = Files.GroupBy(DataKeyIdOf, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(group =>
            "SELECT * FROM read_parquet([" + DeltaSql.Join(group.Select(f => DeltaSql.PathLiteral(ResolvePath(f))))
            + "], hive_partitioning = false, filename = '__ob_file', file_row_number = true"
            + (group.Key.Length > 0 ? $", encryption_config = {{footer_key: {DeltaSql.Literal(group.Key)}}})" : ", union_by_name = true)"));
        sql.Append(string.Join(" UNION ALL BY NAME ", reads));
        sql.Append(" UNION ALL BY NAME SELECT ");
        sql.Append(DeltaSql.Join(dataFields
            .Select(f => $"CAST(NULL AS {f.Type.ToDuckDbType()}) AS {DeltaSql.Identifier(f.Name)}")
            .Append("CAST(NULL AS VARCHAR) AS __ob_file")
            .Append("CAST(NULL AS BIGINT) AS file_row_number")));
        sql.Append(" WHERE false) AS __ob_d");
        if (partitionColumns.Count > 0)
        {
            AppendPartitionJoin(sql, paths);
        }

        AppendDeletionFilter(sql, paths);
        return sql.ToString();
    }

    private void AppendPartitionJoin(StringBuilder sql, List<string> paths)
    {
        var columns = PartitionColumns.Select(c => Schema.Find(c)
            ?? throw OmicsBridgeException.InvalidInput($"Partition column '{c}' of Delta table {_table.RootPath} is not in its schema.")).ToList();
        sql.Append(" JOIN (VALUES ");
        for (var i = 0; i < Files.Count; i++)
        {
            var file = Files[i];
            sql.Append(i == 0 ? "(" : ", (");
            sql.Append(DeltaSql.PathLiteral(paths[i]));
            foreach (var column in columns)
            {
                // Partition value keys match the column name case-insensitively, as Spark writes them.
                var value = file.PartitionValues.FirstOrDefault(kv => string.Equals(kv.Key, column.Name, StringComparison.OrdinalIgnoreCase));
                sql.Append(", ");
                try
                {
                    sql.Append(DeltaSql.PartitionLiteral(column.Name, value.Key is null ? null : value.Value, column.Type));
                }
                catch (FormatException ex)
                {
                    throw OmicsBridgeException.InvalidInput($"Delta table {_table.RootPath}: file {file.Path}: {ex.Message}.", inner: ex);
                }
            }

            sql.Append(')');
        }

        sql.Append(") AS __ob_p(__ob_path");
        foreach (var column in columns)
        {
            sql.Append(", ").Append(DeltaSql.Identifier(column.Name));
        }

        sql.Append(") ON __ob_d.__ob_file = __ob_p.__ob_path");
    }

    private void AppendDeletionFilter(StringBuilder sql, List<string> paths)
    {
        var ranges = new List<string>();
        for (var i = 0; i < Files.Count; i++)
        {
            if (Files[i].DeletionVector is not { } dv)
            {
                continue;
            }

            List<(long First, long Last)> deleted;
            try
            {
                deleted = DeletionVectorReader.ReadRanges(_table.RootPath, dv);
            }
            catch (Exception ex) when (ex is FormatException or IOException or EndOfStreamException or ArgumentException)
            {
                throw OmicsBridgeException.InvalidInput(
                    $"Delta table {_table.RootPath}: the deletion vector of {Files[i].Path} cannot be read: {ex.Message}", inner: ex);
            }

            var path = DeltaSql.PathLiteral(paths[i]);
            ranges.AddRange(deleted.Select(r => string.Create(CultureInfo.InvariantCulture, $"({path}, {r.First}, {r.Last})")));
        }

        if (ranges.Count > 0)
        {
            sql.Append(" WHERE NOT EXISTS (SELECT 1 FROM (VALUES ");
            sql.Append(DeltaSql.Join(ranges));
            sql.Append(") AS __ob_dv(path, first_row, last_row) WHERE __ob_dv.path = __ob_d.__ob_file")
               .Append(" AND __ob_d.file_row_number BETWEEN __ob_dv.first_row AND __ob_dv.last_row)");
        }
    }

    /// <summary>The data keys this snapshot's files are encrypted with; the reader must know each by its id.</summary>
    public IReadOnlyList<string> DataKeyIds =>
        [.. Files.Select(DataKeyIdOf).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private static string DataKeyIdOf(DeltaAddFile file) =>
        file.Tags is not null && file.Tags.TryGetValue(DataKey.FileTag, out var id) && id is not null ? id : "";

    private string ResolvePath(DeltaAddFile file)
    {
        if (Uri.TryCreate(file.Path, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1)
        {
            return uri.IsFile
                ? uri.LocalPath
                : throw OmicsBridgeException.InvalidInput($"Delta table {_table.RootPath}: file {file.Path} is not on the local file system.");
        }

        return Path.GetFullPath(Path.Combine(_table.RootPath, Uri.UnescapeDataString(file.Path)));
    }
}

namespace OmicsBridge.Lake.Schema;

/// <summary>One column of a lake table: snake_case name, type, nullability and what it means.</summary>
public sealed record ColumnSchema(string Name, ColumnType Type, bool Nullable = true, string? Description = null)
{
    /// <summary>The Delta Lake primitive type name written into the table's schemaString.</summary>
    public string DeltaTypeName => Type switch
    {
        ColumnType.String => "string",
        ColumnType.Int32 => "integer",
        ColumnType.Int64 => "long",
        ColumnType.Double => "double",
        ColumnType.Boolean => "boolean",
        ColumnType.Date => "date",
        ColumnType.Timestamp => "timestamp",
        _ => throw new ArgumentOutOfRangeException(nameof(Type), Type, null),
    };

    /// <summary>The DuckDB type used for the write buffer and the Parquet files.</summary>
    public string DuckDbTypeName => Type switch
    {
        ColumnType.String => "VARCHAR",
        ColumnType.Int32 => "INTEGER",
        ColumnType.Int64 => "BIGINT",
        ColumnType.Double => "DOUBLE",
        ColumnType.Boolean => "BOOLEAN",
        ColumnType.Date => "DATE",
        ColumnType.Timestamp => "TIMESTAMPTZ",
        _ => throw new ArgumentOutOfRangeException(nameof(Type), Type, null),
    };
}

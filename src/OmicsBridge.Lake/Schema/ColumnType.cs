namespace OmicsBridge.Lake.Schema;

/// <summary>The column types our own lake tables use; each maps to one Delta and one DuckDB type.</summary>
public enum ColumnType
{
    String,
    Int32,
    Int64,
    Double,
    Boolean,
    Date,

    /// <summary>UTC instant; Delta <c>timestamp</c>, DuckDB <c>TIMESTAMPTZ</c>.</summary>
    Timestamp,
}

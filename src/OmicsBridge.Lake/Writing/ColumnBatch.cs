using OmicsBridge.Lake.Schema;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// Rows of one table held column by column, for <see cref="TableAppender.AppendBatch"/>: the fast path for tables with
/// tens of millions of rows (genotypes), where one appender call per value would dominate the ingest.
/// </summary>
/// <remarks>
/// Each column is an array of its type (<see cref="string"/>, <see cref="int"/>?, <see cref="long"/>?, <see cref="double"/>?,
/// <see cref="bool"/>?); fill rows 0..<see cref="Count"/>-1 through <see cref="Strings"/>, <see cref="Int32s"/>… and
/// call <see cref="Clear"/> after the batch was written to reuse the arrays. String columns keep references, so a caller
/// that reuses string instances (one per sample, per variant) writes without allocating per row. A producer that
/// already numbers its strings fills <see cref="Codes"/> and <see cref="Dictionary"/> instead, which spares the writer
/// a lookup per row.
/// </remarks>
public sealed class ColumnBatch
{
    private readonly Array?[] _columns;
    private readonly int[]?[] _codes;
    private readonly List<string>?[] _dictionaries;

    public ColumnBatch(TableSchema schema, int capacity)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        Schema = schema;
        Capacity = capacity;
        // A string column's array is made when first asked for: a column filled by code never needs one.
        _columns = [.. schema.Columns.Select(c => c.Type == ColumnType.String ? null : Allocate(c.Type, capacity))];
        _codes = new int[]?[schema.Columns.Count];
        _dictionaries = new List<string>?[schema.Columns.Count];
    }

    public TableSchema Schema { get; }

    public int Capacity { get; }

    /// <summary>Rows filled so far; the caller advances it after filling a row.</summary>
    public int Count { get; set; }

    public bool IsFull => Count >= Capacity;

    public string?[] Strings(int column) => Column<string?[]>(column, ColumnType.String);

    /// <summary>
    /// A string column given by code: row r holds <see cref="Dictionary"/>(column)[code], or null for code -1. Once
    /// asked for, the column is read from the codes, not from <see cref="Strings"/>.
    /// </summary>
    public int[] Codes(int column)
    {
        Check(column, ColumnType.String);
        return _codes[column] ??= new int[Capacity];
    }

    /// <summary>The values <see cref="Codes"/> of <paramref name="column"/> point into; cleared with the rows.</summary>
    public List<string> Dictionary(int column)
    {
        Check(column, ColumnType.String);
        return _dictionaries[column] ??= [];
    }

    public int?[] Int32s(int column) => Column<int?[]>(column, ColumnType.Int32);

    public long?[] Int64s(int column) => Column<long?[]>(column, ColumnType.Int64);

    public double?[] Doubles(int column) => Column<double?[]>(column, ColumnType.Double);

    public bool?[] Booleans(int column) => Column<bool?[]>(column, ColumnType.Boolean);

    /// <summary>Forgets the rows (string references are dropped so they can be collected).</summary>
    public void Clear()
    {
        foreach (var column in _columns)
        {
            if (column is not null)
            {
                Array.Clear(column, 0, Count);
            }
        }

        foreach (var dictionary in _dictionaries)
        {
            dictionary?.Clear();
        }

        Count = 0;
    }

    internal Array RawColumn(int column) => _columns[column] ??= Allocate(Schema.Columns[column].Type, Capacity);

    /// <summary>The codes and dictionary of a column filled by code; null for a column filled by value.</summary>
    internal (int[] Codes, List<string> Dictionary)? Coded(int column) =>
        _codes[column] is { } codes ? (codes, _dictionaries[column] ??= []) : null;

    private T Column<T>(int column, ColumnType expected)
        where T : class
    {
        Check(column, expected);
        return (T)(object)RawColumn(column);
    }

    private void Check(int column, ColumnType expected)
    {
        var type = Schema.Columns[column].Type;
        if (type != expected)
        {
            throw new InvalidOperationException($"Column '{Schema.Columns[column].Name}' of '{Schema.Name}' is {type}, not {expected}.");
        }
    }

    private static Array Allocate(ColumnType type, int capacity) => type switch
    {
        ColumnType.String => new string?[capacity],
        ColumnType.Int32 => new int?[capacity],
        ColumnType.Int64 => new long?[capacity],
        ColumnType.Double => new double?[capacity],
        ColumnType.Boolean => new bool?[capacity],
        _ => throw new NotSupportedException($"Column type {type} has no columnar fast path; use the row appender."),
    };
}

using DuckDB.NET.Data;
using OmicsBridge.Lake.Schema;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// The DuckDB buffer behind <see cref="TableAppender.AppendBatch"/>: string columns are held as integer codes with one
/// small dictionary table each, and <see cref="Select"/> joins the text back when the file is written.
/// </summary>
/// <remarks>
/// Columnar producers (genotypes) repeat a few string instances millions of times (a sample's assay id, a variant key
/// across its carriers, "0/1"); appending each as text would encode it to UTF-8 once per row, which dominated the
/// ingest. A repeated instance costs one reference comparison here. Dictionaries are cleared with the rows, so memory
/// stays bounded by one file's distinct values.
/// </remarks>
internal sealed class CodedBatchBuffer : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly TableSchema _schema;
    private readonly string _table;
    private readonly Dictionary<string, int>?[] _codes;
    private readonly DuckDBAppender?[] _dictionaryAppenders;
    private readonly string?[] _lastValue;
    private readonly int[] _lastCode;
    private DuckDBAppender? _rows;

    public CodedBatchBuffer(DuckDBConnection connection, TableSchema schema)
    {
        _connection = connection;
        _schema = schema;
        _table = $"cbuf_{schema.Name}";
        var n = schema.Columns.Count;
        _codes = new Dictionary<string, int>?[n];
        _dictionaryAppenders = new DuckDBAppender?[n];
        _lastValue = new string?[n];
        _lastCode = new int[n];
        var columns = new List<string>();
        for (var c = 0; c < n; c++)
        {
            var column = schema.Columns[c];
            if (column.Type == ColumnType.String)
            {
                _codes[c] = new Dictionary<string, int>(StringComparer.Ordinal);
                Execute($"CREATE TABLE \"{Dictionary(c)}\" (code INTEGER, value VARCHAR)");
                columns.Add($"{ColumnName(c)} INTEGER");
            }
            else
            {
                columns.Add($"{ColumnName(c)} {column.DuckDbTypeName}");
            }
        }

        Execute($"CREATE TABLE \"{_table}\" ({string.Join(", ", columns)})");
    }

    public long Count { get; private set; }

    /// <summary>The buffer table; column <c>c</c> is <see cref="ColumnName"/>(c), null exactly where the value is.</summary>
    public string Table => _table;

    public static string ColumnName(int column) => $"c{column}";

    /// <summary>The buffered rows as the table's columns, in schema order, text joined back from the codes.</summary>
    public string Select
    {
        get
        {
            var select = new List<string>();
            var joins = new List<string>();
            for (var c = 0; c < _schema.Columns.Count; c++)
            {
                var name = _schema.Columns[c].Name;
                if (_codes[c] is null)
                {
                    select.Add($"b.c{c} AS \"{name}\"");
                    continue;
                }

                select.Add($"d{c}.value AS \"{name}\"");
                joins.Add($" LEFT JOIN \"{Dictionary(c)}\" d{c} ON d{c}.code = b.c{c}");
            }

            return $"SELECT {string.Join(", ", select)} FROM \"{_table}\" b{string.Concat(joins)}";
        }
    }

    public void Append(ColumnBatch batch)
    {
        _rows ??= _connection.CreateAppender(_table);
        var columns = Enumerable.Range(0, _schema.Columns.Count).Select(batch.RawColumn).ToArray();
        for (var r = 0; r < batch.Count; r++)
        {
            var row = _rows.CreateRow();
            for (var c = 0; c < columns.Length; c++)
            {
                row = columns[c] switch
                {
                    string?[] strings => strings[r] is { } text ? row.AppendValue(Code(c, text)) : row.AppendNullValue(),
                    int?[] ints => row.AppendValue(ints[r]),
                    long?[] longs => row.AppendValue(longs[r]),
                    double?[] doubles => row.AppendValue(doubles[r]),
                    bool?[] booleans => row.AppendValue(booleans[r]),
                    _ => throw new NotSupportedException(columns[c].GetType().Name),
                };
            }

            row.EndRow();
        }

        Count += batch.Count;
    }

    /// <summary>Makes every appended row visible to queries (before <see cref="Select"/> is read).</summary>
    public void Complete()
    {
        _rows?.Close();
        _rows?.Dispose();
        _rows = null;
        for (var c = 0; c < _dictionaryAppenders.Length; c++)
        {
            _dictionaryAppenders[c]?.Close();
            _dictionaryAppenders[c]?.Dispose();
            _dictionaryAppenders[c] = null;
        }
    }

    /// <summary>Forgets the rows and the dictionaries (after their file was written).</summary>
    public void Clear()
    {
        Complete();
        Execute($"DELETE FROM \"{_table}\"");
        for (var c = 0; c < _codes.Length; c++)
        {
            if (_codes[c] is { } codes)
            {
                codes.Clear();
                _lastValue[c] = null;
                Execute($"DELETE FROM \"{Dictionary(c)}\"");
            }
        }

        Count = 0;
    }

    public void Dispose() => Complete();

    private int Code(int column, string value)
    {
        if (ReferenceEquals(value, _lastValue[column]))
        {
            return _lastCode[column];
        }

        var codes = _codes[column]!;
        if (!codes.TryGetValue(value, out var code))
        {
            code = codes.Count;
            codes[value] = code;
            var dictionary = _dictionaryAppenders[column] ??= _connection.CreateAppender(Dictionary(column));
            dictionary.CreateRow().AppendValue(code).AppendValue(value).EndRow();
        }

        _lastValue[column] = value;
        _lastCode[column] = code;
        return code;
    }

    private string Dictionary(int column) => $"cdict_{_schema.Name}_{column}";

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

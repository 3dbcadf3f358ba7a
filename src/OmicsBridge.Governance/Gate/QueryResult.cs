using System.Data.Common;

namespace OmicsBridge.Governance.Gate;

/// <summary>
/// The rows of a governed query, streamed: read <see cref="Columns"/>, then call <see cref="Read"/> until false.
/// </summary>
public sealed class QueryResult : IDisposable
{
    private readonly DbDataReader _reader;
    private readonly IDisposable _owner;

    internal QueryResult(DbDataReader reader, IDisposable owner, long? lakeVersion)
    {
        _reader = reader;
        _owner = owner;
        LakeVersion = lakeVersion;
        Columns = [.. Enumerable.Range(0, reader.FieldCount).Select(i => new QueryColumn(reader.GetName(i), reader.GetDataTypeName(i)))];
    }

    /// <summary>The lake version the rows were read from.</summary>
    public long? LakeVersion { get; }

    public IReadOnlyList<QueryColumn> Columns { get; }

    public bool Read() => _reader.Read();

    /// <summary>Reads the remaining rows one by one (each row a fresh array).</summary>
    public IEnumerable<IReadOnlyList<object?>> ReadRows()
    {
        while (_reader.Read())
        {
            var row = new object?[Columns.Count];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = this[i];
            }

            yield return row;
        }
    }

    /// <summary>The value of column <paramref name="ordinal"/> in the current row, or null.</summary>
    public object? this[int ordinal] => _reader.IsDBNull(ordinal) ? null : _reader.GetValue(ordinal);

    public void Dispose()
    {
        _reader.Dispose();
        _owner.Dispose();
    }
}

/// <summary>A result column: its name and DuckDB type.</summary>
public sealed record QueryColumn(string Name, string TypeName);

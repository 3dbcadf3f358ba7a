using System.Data.Common;

namespace OmicsBridge.Governance.Gate;

/// <summary>
/// The rows of a governed query: read <see cref="Columns"/>, then call <see cref="Read"/> until false. Rows stream,
/// except a researcher's counts, which are read whole so small cells can be hidden with their complements.
/// Disposing hands the engine back to the gate (or closes it) and writes the read's audit entry (rows and distinct
/// patients returned).
/// </summary>
public sealed class QueryResult : IDisposable
{
    private readonly DbDataReader _reader;
    private readonly IDisposable _owner;
    private readonly Action<long, long?>? _completed;
    private readonly List<object?[]>? _buffered;
    private readonly int _patientColumn;
    private readonly HashSet<string> _patients = new(StringComparer.Ordinal);
    private object?[]? _current;
    private int _next;
    private long _rows;
    private bool _disposed;

    internal QueryResult(
        DbDataReader reader, IDisposable owner, long? lakeVersion, GateReadInfo? info = null, Action<long, long?>? completed = null)
    {
        _reader = reader;
        _owner = owner;
        _completed = completed;
        LakeVersion = lakeVersion;
        Columns = [.. Enumerable.Range(0, reader.FieldCount).Select(i => new QueryColumn(reader.GetName(i), reader.GetDataTypeName(i)))];
        PatientsExcludedByConsent = info?.ConsentExcluded;
        Role = info?.Role;
        _patientColumn = IndexOfPatientColumn(Columns);
        if (info?.Suppression is { } suppression && info.CountColumns.Count > 0)
        {
            _buffered = [];
            while (_reader.Read())
            {
                _buffered.Add(CurrentFromReader());
            }

            SuppressedCells = SmallCells.Hide(_buffered, info.CountColumns.Where(c => c < Columns.Count).ToList(), suppression);
        }
    }

    /// <summary>The lake version the rows were read from.</summary>
    public long? LakeVersion { get; }

    public IReadOnlyList<QueryColumn> Columns { get; }

    /// <summary>For a researcher: how many patients consent kept out of every table of this read (never who). Null for identified reads.</summary>
    public int? PatientsExcludedByConsent { get; }

    /// <summary>How many count cells were hidden (shown as null) by small-cell suppression.</summary>
    public int SuppressedCells { get; }

    /// <summary>The role the rows were read for.</summary>
    public string? Role { get; }

    public bool Read()
    {
        if (_buffered is not null)
        {
            if (_next >= _buffered.Count)
            {
                _current = null;
                return false;
            }

            _current = _buffered[_next++];
        }
        else
        {
            if (!_reader.Read())
            {
                _current = null;
                return false;
            }

            _current = CurrentFromReader();
        }

        _rows++;
        if (_patientColumn >= 0 && _current[_patientColumn] is { } patient)
        {
            _patients.Add(Convert.ToString(patient, System.Globalization.CultureInfo.InvariantCulture) ?? "");
        }

        return true;
    }

    /// <summary>Reads the remaining rows one by one (each row a fresh array).</summary>
    public IEnumerable<IReadOnlyList<object?>> ReadRows()
    {
        while (Read())
        {
            yield return (object?[])_current!.Clone();
        }
    }

    /// <summary>The value of column <paramref name="ordinal"/> in the current row, or null.</summary>
    public object? this[int ordinal] => _current is null ? throw new InvalidOperationException("Call Read() first.") : _current[ordinal];

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _reader.Dispose();
        _owner.Dispose();
        _completed?.Invoke(_rows, _patientColumn >= 0 ? _patients.Count : null);
    }

    private object?[] CurrentFromReader()
    {
        var row = new object?[Columns.Count];
        for (var i = 0; i < row.Length; i++)
        {
            row[i] = _reader.IsDBNull(i) ? null : _reader.GetValue(i);
        }

        return row;
    }

    private static int IndexOfPatientColumn(IReadOnlyList<QueryColumn> columns)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Name is "patient_id" or "research_id")
            {
                return i;
            }
        }

        return -1;
    }
}

/// <summary>A result column: its name and DuckDB type.</summary>
public sealed record QueryColumn(string Name, string TypeName);

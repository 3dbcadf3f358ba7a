namespace OmicsBridge.Governance.Suppression;

/// <summary>
/// A cross-tab after suppression, with its margins: indices run over the augmented table, where row
/// <see cref="Rows"/> holds the column totals, column <see cref="Columns"/> the row totals, and
/// (<see cref="Rows"/>, <see cref="Columns"/>) the grand total.
/// </summary>
public sealed class SuppressedCrossTab
{
    private readonly long[,] _values;
    private readonly CellStatus[,] _status;

    internal SuppressedCrossTab(long[,] values, CellStatus[,] status)
    {
        _values = values;
        _status = status;
        Rows = values.GetLength(0) - 1;
        Columns = values.GetLength(1) - 1;
    }

    /// <summary>Interior rows (without the totals row).</summary>
    public int Rows { get; }

    /// <summary>Interior columns (without the totals column).</summary>
    public int Columns { get; }

    public CellStatus Status(int row, int column) => _status[row, column];

    public bool IsSuppressed(int row, int column) => _status[row, column] != CellStatus.Shown;

    /// <summary>The count as shown, or null when hidden.</summary>
    public long? Shown(int row, int column) => IsSuppressed(row, column) ? null : _values[row, column];

    public int SuppressedCount
    {
        get
        {
            var count = 0;
            foreach (var status in _status)
            {
                count += status == CellStatus.Shown ? 0 : 1;
            }

            return count;
        }
    }
}

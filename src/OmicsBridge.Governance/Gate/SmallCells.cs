using System.Globalization;
using OmicsBridge.Governance.Suppression;

namespace OmicsBridge.Governance.Gate;

/// <summary>Hides small counts in the count columns of a buffered result, each column as one 1-D table of counts.</summary>
internal static class SmallCells
{
    /// <summary>Replaces hidden cells with null; returns how many were hidden.</summary>
    public static int Hide(List<object?[]> rows, IReadOnlyList<int> columns, SuppressionOptions options)
    {
        var hidden = 0;
        foreach (var column in columns)
        {
            var counts = new long[rows.Count];
            var numeric = true;
            for (var r = 0; r < rows.Count && numeric; r++)
            {
                switch (rows[r][column])
                {
                    case null:
                        counts[r] = 0;
                        break;
                    case System.Numerics.BigInteger big:
                        counts[r] = (long)big;
                        break;
                    case sbyte or byte or short or ushort or int or uint or long or ulong or decimal:
                        counts[r] = Convert.ToInt64(rows[r][column], CultureInfo.InvariantCulture);
                        break;
                    default:
                        numeric = false;
                        break;
                }
            }

            if (!numeric)
            {
                continue;
            }

            var suppressed = SmallCellSuppressor.Suppress(counts, options);
            for (var r = 0; r < rows.Count; r++)
            {
                if (suppressed.Status[r] != CellStatus.Shown && rows[r][column] is not null)
                {
                    rows[r][column] = null;
                    hidden++;
                }
            }
        }

        return hidden;
    }
}

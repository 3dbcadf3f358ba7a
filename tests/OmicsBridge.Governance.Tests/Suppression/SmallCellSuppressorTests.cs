using OmicsBridge.Governance.Suppression;

namespace OmicsBridge.Governance.Tests.Suppression;

public sealed class SmallCellSuppressorTests
{
    [Fact]
    public void Suppress1D_OneSmallCell_HidesTheSmallestOtherToo()
    {
        var result = SmallCellSuppressor.Suppress([40, 3, 12, 25]);

        Assert.Equal([40, null, null, 25], result.Shown);
        Assert.Equal(80, result.Total);
        Assert.Equal([CellStatus.Shown, CellStatus.Primary, CellStatus.Secondary, CellStatus.Shown], result.Status);
    }

    [Fact]
    public void Suppress1D_TwoSmallCells_NeedNoSecondary()
    {
        var result = SmallCellSuppressor.Suppress([40, 3, 2, 25]);

        Assert.Equal([40, null, null, 25], result.Shown);
        Assert.DoesNotContain(CellStatus.Secondary, result.Status);
    }

    [Fact]
    public void Suppress1D_ZerosShownByDefaultAndHiddenWhenConfigured()
    {
        Assert.Equal([0, 20, 30], SmallCellSuppressor.Suppress([0, 20, 30]).Shown);
        Assert.Equal(2, SmallCellSuppressor.Suppress([0, 20, 30], new SuppressionOptions(SuppressZeros: true)).SuppressedCount);
    }

    [Fact]
    public void Suppress1D_ThresholdConfigurable()
    {
        Assert.Equal(0, SmallCellSuppressor.Suppress([8, 9, 30]).SuppressedCount);
        Assert.Equal(2, SmallCellSuppressor.Suppress([8, 9, 30], new SuppressionOptions(Threshold: 10)).SuppressedCount);
    }

    [Fact]
    public void Suppress1D_NoSuppressedCountIsDerivableFromTheTotal()
    {
        long[][] cases = [[40, 3, 12, 25], [1, 50], [2, 3, 4], [100, 0, 4, 0], [7]];
        foreach (var counts in cases)
        {
            var result = SmallCellSuppressor.Suppress(counts);
            var hidden = result.SuppressedCount;
            Assert.True(hidden is 0 or >= 2, $"{hidden} hidden in [{string.Join(",", counts)}]: one alone is total minus the rest");
        }
    }

    [Fact]
    public void SuppressCrossTab_SingleSmallCell_HidesARectangleOfComplements()
    {
        long[,] cells =
        {
            { 20, 3, 15 },
            { 30, 40, 25 },
            { 12, 18, 50 },
        };

        var result = SmallCellSuppressor.Suppress(cells);

        Assert.Equal(CellStatus.Primary, result.Status(0, 1));
        // Cheapest rectangle through (0,1): (0,0)=20, (2,1)=18, (2,0)=12, cost 50 (the (2,2) corner would cost 83).
        Assert.Equal(4, result.SuppressedCount);
        Assert.All(new[] { (0, 0), (2, 1), (2, 0) }, rc => Assert.Equal(CellStatus.Secondary, result.Status(rc.Item1, rc.Item2)));
        Assert.All(Margins(result), m => Assert.NotNull(m));
        AssertNothingDerivable(cells, result);
    }

    public static TheoryData<string> CrossTabs => new()
    {
        "20,3,15;30,40,25;12,18,50",
        "2,40;50,60",
        "1,2,3;4,100,100;100,100,100",
        "3,30,30,30;30,3,30,30;30,30,3,30;30,30,30,3",
        "10,10,10,1",
        "1;60;70",
        "2,30;40,3;50,60;70,4",
        "0,0,2;0,0,0;60,70,80",
        "40,50,60;70,80,90",
    };

    [Theory]
    [MemberData(nameof(CrossTabs))]
    public void SuppressCrossTab_Cases_NoHiddenCellRecomputableFromShownCellsAndMargins(string table)
    {
        var cells = Parse(table);

        var result = SmallCellSuppressor.Suppress(cells);

        for (var r = 0; r < cells.GetLength(0); r++)
        {
            for (var c = 0; c < cells.GetLength(1); c++)
            {
                if (cells[r, c] is > 0 and < 5)
                {
                    Assert.True(result.IsSuppressed(r, c), $"small cell ({r},{c}) shown");
                }
            }
        }

        AssertNothingDerivable(cells, result);
    }

    [Fact]
    public void SuppressCrossTab_NoSmallCells_HidesNothing()
        => Assert.Equal(0, SmallCellSuppressor.Suppress(Parse("40,50,60;70,80,90")).SuppressedCount);

    /// <summary>
    /// The attacker's view: the shown entries and the additive relations (every augmented row and column sums to its
    /// total). A hidden entry is recomputable iff its unit vector lies in the row space of the relations restricted to
    /// the hidden entries, i.e. iff dropping its column lowers the rank. Checked by exact rational elimination, not by
    /// the suppressor's own graph argument.
    /// </summary>
    private static void AssertNothingDerivable(long[,] cells, SuppressedCrossTab result)
    {
        var rows = cells.GetLength(0);
        var columns = cells.GetLength(1);
        var hidden = new List<(int R, int C)>();
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                if (result.IsSuppressed(r, c))
                {
                    hidden.Add((r, c));
                }
            }
        }

        // One relation per augmented line: interior entries +1, the line's total −1.
        var relations = new List<long[]>();
        for (var r = 0; r <= rows; r++)
        {
            relations.Add([.. hidden.Select(h => h.R != r ? 0L : h.C == columns ? -1L : 1L)]);
        }

        for (var c = 0; c <= columns; c++)
        {
            relations.Add([.. hidden.Select(h => h.C != c ? 0L : h.R == rows ? -1L : 1L)]);
        }

        var full = Rank(relations, -1);
        for (var k = 0; k < hidden.Count; k++)
        {
            Assert.True(Rank(relations, k) == full, $"hidden entry ({hidden[k].R},{hidden[k].C}) can be recomputed from what is shown");
        }
    }

    private static int Rank(List<long[]> relations, int dropColumn)
    {
        var matrix = relations.Select(row => row.Where((_, i) => i != dropColumn).Select(v => (decimal)v).ToArray()).ToArray();
        var rank = 0;
        var width = matrix.Length == 0 ? 0 : matrix[0].Length;
        for (var col = 0; col < width && rank < matrix.Length; col++)
        {
            var pivot = Array.FindIndex(matrix, rank, row => row[col] != 0);
            if (pivot < 0)
            {
                continue;
            }

            (matrix[rank], matrix[pivot]) = (matrix[pivot], matrix[rank]);
            for (var i = 0; i < matrix.Length; i++)
            {
                if (i != rank && matrix[i][col] != 0)
                {
                    var factor = matrix[i][col] / matrix[rank][col];
                    for (var j = 0; j < width; j++)
                    {
                        matrix[i][j] -= factor * matrix[rank][j];
                    }
                }
            }

            rank++;
        }

        return rank;
    }

    private static IEnumerable<long?> Margins(SuppressedCrossTab t)
    {
        for (var r = 0; r <= t.Rows; r++)
        {
            yield return t.Shown(r, t.Columns);
        }

        for (var c = 0; c < t.Columns; c++)
        {
            yield return t.Shown(t.Rows, c);
        }
    }

    private static long[,] Parse(string table)
    {
        var rows = table.Split(';').Select(r => r.Split(',').Select(v => long.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray()).ToArray();
        var cells = new long[rows.Length, rows[0].Length];
        for (var r = 0; r < rows.Length; r++)
        {
            for (var c = 0; c < rows[0].Length; c++)
            {
                cells[r, c] = rows[r][c];
            }
        }

        return cells;
    }
}

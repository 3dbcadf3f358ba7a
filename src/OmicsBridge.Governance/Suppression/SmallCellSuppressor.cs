namespace OmicsBridge.Governance.Suppression;

/// <summary>
/// Hides small counts (primary suppression) and the complementary counts needed so that no hidden count can be
/// recomputed exactly from what is shown, totals included (secondary suppression).
/// </summary>
/// <remarks>
/// <para><b>1-D tables</b> (counts plus their total) have one relation, total = Σ counts: a hidden count is
/// recomputable exactly when it is the only hidden entry, so when exactly one entry is hidden the smallest non-zero
/// shown count is hidden too.</para>
/// <para><b>Cross-tabs</b> with row totals, column totals and a grand total are treated as the augmented
/// (R+1)×(C+1) table. Every row and column of it is a linear relation (interior sum = its total), and after flipping
/// the sign of the total row and column every relation reads "the line sums to zero". The hidden entries then form
/// the edges of a bipartite graph between augmented rows and columns, and a hidden entry can be recomputed from the
/// shown ones exactly when its edge is a <i>bridge</i> of that graph (it lies on no cycle: along a cycle one can add
/// +t, −t, +t… without changing any line sum, so every entry of a cycle is undetermined). The algorithm:</para>
/// <list type="number">
/// <item>Primary: hide every entry (interior or total) with 0 &lt; count &lt; threshold (zeros too when configured).</item>
/// <item>While the hidden entries have a bridge (r, c) — found with Tarjan's bridge algorithm — hide the other three
/// corners of the cheapest rectangle (r, c), (r, c′), (r′, c), (r′, c′): cost = sum of newly hidden counts, with
/// totals and zeros heavily penalised (hiding a total loses more information; a hidden zero bounds its neighbours
/// and protects little). The rectangle puts (r, c) on a 4-cycle.</item>
/// </list>
/// <para>The loop only adds hidden entries, so it ends. The guarantee is against exact recomputation from the
/// additive relations (subtraction, chains of subtractions, any linear combination). Interval bounds from
/// non-negativity are narrowed, not eliminated, by avoiding zero complements.</para>
/// </remarks>
public static class SmallCellSuppressor
{
    private const double TotalPenalty = 1e9;
    private const double GrandTotalPenalty = 1e12;
    private const double ZeroPenalty = 1e6;

    /// <summary>Suppresses a 1-D table of counts; the total is their sum.</summary>
    public static SuppressedCounts Suppress(IReadOnlyList<long> counts, SuppressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        options ??= SuppressionOptions.Default;
        var total = counts.Sum();
        var status = counts.Select(c => options.IsSmall(c) ? CellStatus.Primary : CellStatus.Shown).ToArray();
        var totalStatus = options.IsSmall(total) ? CellStatus.Primary : CellStatus.Shown;
        var hidden = status.Count(s => s != CellStatus.Shown) + (totalStatus == CellStatus.Shown ? 0 : 1);
        if (hidden == 1)
        {
            var candidate = -1;
            for (var i = 0; i < counts.Count; i++)
            {
                if (status[i] == CellStatus.Shown && (candidate < 0 || Cost1D(counts[i]) < Cost1D(counts[candidate])))
                {
                    candidate = i;
                }
            }

            if (candidate >= 0)
            {
                status[candidate] = CellStatus.Secondary;
            }
            else
            {
                totalStatus = CellStatus.Secondary;
            }
        }

        var shown = counts.Select((c, i) => status[i] == CellStatus.Shown ? c : (long?)null).ToArray();
        return new SuppressedCounts(shown, totalStatus == CellStatus.Shown ? total : null, status, totalStatus);
    }

    /// <summary>Suppresses a cross-tab given its interior counts (rows × columns); margins are computed here.</summary>
    public static SuppressedCrossTab Suppress(long[,] cells, SuppressionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(cells);
        options ??= SuppressionOptions.Default;
        var rows = cells.GetLength(0);
        var columns = cells.GetLength(1);
        var values = new long[rows + 1, columns + 1];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                values[r, c] = cells[r, c];
                values[r, columns] += cells[r, c];
                values[rows, c] += cells[r, c];
                values[rows, columns] += cells[r, c];
            }
        }

        var status = new CellStatus[rows + 1, columns + 1];
        for (var r = 0; r <= rows; r++)
        {
            for (var c = 0; c <= columns; c++)
            {
                status[r, c] = options.IsSmall(values[r, c]) ? CellStatus.Primary : CellStatus.Shown;
            }
        }

        while (FindBridge(status) is { } bridge)
        {
            Protect(values, status, bridge.Row, bridge.Column);
        }

        return new SuppressedCrossTab(values, status);
    }

    private static double Cost1D(long count) => count == 0 ? ZeroPenalty : count;

    private static void Protect(long[,] values, CellStatus[,] status, int row, int column)
    {
        var rows = values.GetLength(0);
        var columns = values.GetLength(1);
        var best = double.MaxValue;
        (int R, int C) choice = (-1, -1);
        for (var r2 = 0; r2 < rows; r2++)
        {
            if (r2 == row)
            {
                continue;
            }

            for (var c2 = 0; c2 < columns; c2++)
            {
                if (c2 == column)
                {
                    continue;
                }

                var cost = Cost(values, status, row, c2) + Cost(values, status, r2, column) + Cost(values, status, r2, c2);
                if (cost < best)
                {
                    best = cost;
                    choice = (r2, c2);
                }
            }
        }

        // A bridge always has a rectangle: both augmented dimensions are at least 2 (one line plus its total).
        foreach (var (r, c) in new[] { (row, choice.C), (choice.R, column), (choice.R, choice.C) })
        {
            if (status[r, c] == CellStatus.Shown)
            {
                status[r, c] = CellStatus.Secondary;
            }
        }
    }

    private static double Cost(long[,] values, CellStatus[,] status, int row, int column)
    {
        if (status[row, column] != CellStatus.Shown)
        {
            return 0;
        }

        var lastRow = values.GetLength(0) - 1;
        var lastColumn = values.GetLength(1) - 1;
        var value = values[row, column];
        var penalty = (row == lastRow && column == lastColumn) ? GrandTotalPenalty
            : (row == lastRow || column == lastColumn) ? TotalPenalty
            : 0;
        return value + penalty + (value == 0 ? ZeroPenalty : 0);
    }

    /// <summary>
    /// The first bridge among hidden entries (row-major order, so results are deterministic), or null.
    /// Nodes 0…R are augmented rows, R+1…R+C+1 augmented columns; each hidden entry is an edge.
    /// </summary>
    private static (int Row, int Column)? FindBridge(CellStatus[,] status)
    {
        var rows = status.GetLength(0);
        var columns = status.GetLength(1);
        var nodes = rows + columns;
        var adjacency = new List<(int Node, int Edge)>[nodes];
        for (var i = 0; i < nodes; i++)
        {
            adjacency[i] = [];
        }

        var edges = new List<(int Row, int Column)>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (status[r, c] != CellStatus.Shown)
                {
                    adjacency[r].Add((rows + c, edges.Count));
                    adjacency[rows + c].Add((r, edges.Count));
                    edges.Add((r, c));
                }
            }
        }

        var order = new int[nodes];
        var low = new int[nodes];
        Array.Fill(order, -1);
        var isBridge = new bool[edges.Count];
        var counter = 0;
        for (var start = 0; start < nodes; start++)
        {
            if (order[start] >= 0)
            {
                continue;
            }

            // Iterative DFS (node, edge used to enter it, next neighbour index) so large tables cannot overflow the stack.
            var stack = new Stack<(int Node, int ParentEdge, int Next)>();
            order[start] = low[start] = counter++;
            stack.Push((start, -1, 0));
            while (stack.Count > 0)
            {
                var (node, parentEdge, next) = stack.Pop();
                if (next < adjacency[node].Count)
                {
                    stack.Push((node, parentEdge, next + 1));
                    var (neighbour, edge) = adjacency[node][next];
                    if (edge == parentEdge)
                    {
                        continue;
                    }

                    if (order[neighbour] < 0)
                    {
                        order[neighbour] = low[neighbour] = counter++;
                        stack.Push((neighbour, edge, 0));
                    }
                    else
                    {
                        low[node] = Math.Min(low[node], order[neighbour]);
                    }
                }
                else if (parentEdge >= 0)
                {
                    var (a, b) = edges[parentEdge];
                    var parent = node == a ? rows + b : a;
                    low[parent] = Math.Min(low[parent], low[node]);
                    if (low[node] > order[parent])
                    {
                        isBridge[parentEdge] = true;
                    }
                }
            }
        }

        for (var i = 0; i < edges.Count; i++)
        {
            if (isBridge[i])
            {
                return edges[i];
            }
        }

        return null;
    }
}

using OmicsBridge.Analytics.Statistics;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Suppression;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>Cross-tabulates two categorical variables and runs Fisher's exact and Pearson's chi-square tests (as R).</summary>
/// <remarks>Levels are sorted ordinally, as R's factor levels; rows missing either value are dropped and counted.
/// For a 2 × 2 table the odds ratio is the conditional MLE with its exact CI, for the first column's second level
/// against its first, i.e. (a·d)/(b·c) in R's orientation.</remarks>
internal static class AssociationAnalysis
{
    public sealed record Outcome(AnalysisOutput Output, string[] RowLevels, string[] ColumnLevels, int[,] Counts, FisherExactResult Fisher);

    // columnOrder: column levels in this order instead of sorted (responder first makes the odds ratio that of responding).
    // suppression: for a pseudonymised caller, the table's small cells (and the complements that would give them away,
    // margins included) are shown as "suppressed"; the tests still use the true counts.
    public static Outcome Run(IReadOnlyList<string?> rows, IReadOnlyList<string?> columns, string rowName, string columnName,
        IReadOnlyList<string>? columnOrder = null, SuppressionOptions? suppression = null)
    {
        var pairs = rows.Zip(columns).Where(p => p.First is not null && p.Second is not null).Select(p => (Row: p.First!, Col: p.Second!)).ToArray();
        var rowLevels = pairs.Select(p => p.Row).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var colLevels = pairs.Select(p => p.Col).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (columnOrder is not null)
        {
            colLevels = [.. columnOrder.Where(colLevels.Contains).Concat(colLevels.Where(l => !columnOrder.Contains(l)))];
        }

        if (rowLevels.Length < 2 || colLevels.Length < 2)
        {
            throw OmicsBridgeException.InvalidInput(
                $"Association needs at least two levels of each variable; '{rowName}' has {rowLevels.Length} and '{columnName}' has {colLevels.Length} after dropping missing values.");
        }

        var counts = new int[rowLevels.Length, colLevels.Length];
        foreach (var (row, col) in pairs)
        {
            counts[Array.IndexOf(rowLevels, row), Array.IndexOf(colLevels, col)]++;
        }

        var output = new AnalysisOutput();
        output.Add("input", ["rows", "used", "dropped_rows"], [[(long)rows.Count, (long)pairs.Length, (long)(rows.Count - pairs.Length)]]);
        output.Add("table", [rowName + " \\ " + columnName, .. colLevels, "total"], TableRows(counts, rowLevels, suppression));

        var twoByTwo = rowLevels.Length == 2 && colLevels.Length == 2;
        var fisher = twoByTwo
            ? FisherExactTest.TwoByTwo(counts[0, 0], counts[0, 1], counts[1, 0], counts[1, 1])
            : FisherExactTest.Test(counts);
        output.Add("fisher", ["p_value", "odds_ratio", "or_lower", "or_upper", "tables_enumerated"],
            [[fisher.PValue, fisher.OddsRatio, fisher.ConfidenceLower, fisher.ConfidenceUpper, fisher.TablesEnumerated]]);

        var asDouble = new double[rowLevels.Length, colLevels.Length];
        for (var r = 0; r < rowLevels.Length; r++)
        {
            for (var c = 0; c < colLevels.Length; c++)
            {
                asDouble[r, c] = counts[r, c];
            }
        }

        var chi = new List<object?[]>();
        var pearson = PearsonChiSquareTest.Test(asDouble, correct: false);
        chi.Add(["pearson", pearson.Statistic, (long)pearson.DegreesOfFreedom, pearson.PValue, pearson.Warning]);
        if (twoByTwo)
        {
            var yates = PearsonChiSquareTest.Test(asDouble, correct: true);
            chi.Add(["pearson_yates", yates.Statistic, (long)yates.DegreesOfFreedom, yates.PValue, yates.Warning]);
        }

        output.Add("chisq", ["test", "statistic", "df", "p_value", "warning"], chi);
        return new Outcome(output, rowLevels, colLevels, counts, fisher);
    }

    private static IEnumerable<object?[]> TableRows(int[,] counts, string[] rowLevels, SuppressionOptions? suppression)
    {
        var columns = counts.GetLength(1);
        var cells = new long[rowLevels.Length, columns];
        for (var r = 0; r < rowLevels.Length; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                cells[r, c] = counts[r, c];
            }
        }

        var shown = suppression is null ? null : SmallCellSuppressor.Suppress(cells, suppression);
        object? Cell(int r, int c, long value) => shown is null || !shown.IsSuppressed(r, c) ? value : "suppressed";
        return rowLevels.Select((level, r) => new object?[] { level }
            .Concat(Enumerable.Range(0, columns).Select(c => Cell(r, c, cells[r, c])))
            .Append(Cell(r, columns, Enumerable.Range(0, columns).Sum(c => cells[r, c]))).ToArray());
    }
}

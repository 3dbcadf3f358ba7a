using System.Globalization;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Analytics.Survival;

/// <summary>
/// Survival input as text columns (what a CSV reader yields), turned into <see cref="SurvivalData"/> with R's rules:
/// rows missing any used column ("", "NA", "NaN" or null) are dropped and counted; the event column may be 0/1,
/// 1/2 (2 = event, as <c>Surv</c>) or TRUE/FALSE; a covariate is numeric when all its values parse, otherwise (or when
/// listed in <see cref="SurvivalSpec.Categorical"/>) it becomes treatment-coded dummies named column + level, with the
/// first level in ordinal sort order as reference.
/// </summary>
/// <remarks>R sorts factor levels in the locale's collation; ordinal order equals it for the usual lower-case or
/// numeric codes but can differ for mixed case.</remarks>
public sealed class SurvivalTable
{
    private readonly Dictionary<string, IReadOnlyList<string?>> _columns;

    public SurvivalTable(IReadOnlyList<string> columnNames, IReadOnlyList<IReadOnlyList<string?>> columns)
    {
        ArgumentNullException.ThrowIfNull(columnNames);
        ArgumentNullException.ThrowIfNull(columns);
        if (columnNames.Count != columns.Count)
        {
            throw OmicsBridgeException.InvalidInput("There must be one name per column.");
        }

        _columns = new Dictionary<string, IReadOnlyList<string?>>(StringComparer.Ordinal);
        RowCount = columns.Count == 0 ? 0 : columns[0].Count;
        for (var c = 0; c < columns.Count; c++)
        {
            if (columns[c].Count != RowCount)
            {
                throw OmicsBridgeException.InvalidInput(string.Create(
                    CultureInfo.InvariantCulture, $"Column '{columnNames[c]}' has {columns[c].Count} values; the first column has {RowCount}."));
            }

            if (!_columns.TryAdd(columnNames[c], columns[c]))
            {
                throw OmicsBridgeException.InvalidInput($"Column '{columnNames[c]}' appears twice.");
            }
        }
    }

    public int RowCount { get; }

    public IEnumerable<string> ColumnNames => _columns.Keys;

    public SurvivalData Prepare(SurvivalSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var used = new List<string> { spec.Time, spec.Event };
        if (spec.Start is not null)
        {
            used.Add(spec.Start);
        }

        if (spec.Group is not null)
        {
            used.Add(spec.Group);
        }

        if (spec.Strata is not null)
        {
            used.Add(spec.Strata);
        }

        used.AddRange(spec.Covariates);
        foreach (var name in used)
        {
            if (!_columns.ContainsKey(name))
            {
                throw OmicsBridgeException.NotFound($"Column '{name}' is not in the table.");
            }
        }

        var keep = new List<int>(RowCount);
        for (var r = 0; r < RowCount; r++)
        {
            if (used.TrueForAll(name => !IsMissing(_columns[name][r])))
            {
                keep.Add(r);
            }
        }

        var time = ParseNumbers(spec.Time, keep);
        var start = spec.Start is null ? null : ParseNumbers(spec.Start, keep);
        var events = ParseEvents(spec.Event, keep);
        var group = spec.Group is null ? null : Strings(spec.Group, keep);
        var strata = spec.Strata is null ? null : Strings(spec.Strata, keep);
        var covariates = new List<SurvivalCovariate>();
        foreach (var name in spec.Covariates)
        {
            var numeric = !spec.Categorical.Contains(name) && keep.TrueForAll(r => TryNumber(_columns[name][r], out _));
            if (numeric)
            {
                covariates.Add(new SurvivalCovariate(name, ParseNumbers(name, keep)));
                continue;
            }

            var (levels, codes) = SurvivalInput.Factor(Strings(name, keep));
            for (var level = 1; level < levels.Count; level++)
            {
                var dummy = new double[codes.Length];
                for (var i = 0; i < codes.Length; i++)
                {
                    dummy[i] = codes[i] == level ? 1 : 0;
                }

                covariates.Add(new SurvivalCovariate(name + levels[level], dummy, name));
            }
        }

        return new SurvivalData(time, events, start, group, strata, covariates, RowCount - keep.Count);
    }

    private static bool IsMissing(string? value)
        => value is null || value.Length == 0 || value is "NA" or "NaN";

    private static bool TryNumber(string? value, out double number)
        => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number) && double.IsFinite(number);

    private string[] Strings(string name, List<int> keep)
    {
        var column = _columns[name];
        return [.. keep.Select(r => column[r]!)];
    }

    private double[] ParseNumbers(string name, List<int> keep)
    {
        var column = _columns[name];
        var values = new double[keep.Count];
        for (var i = 0; i < keep.Count; i++)
        {
            if (!TryNumber(column[keep[i]], out values[i]))
            {
                throw OmicsBridgeException.InvalidInput(string.Create(
                    CultureInfo.InvariantCulture, $"Column '{name}' row {keep[i] + 1}: expected a number."));
            }
        }

        return values;
    }

    // Surv(): 0/1, or 1/2 with 2 = event, or logical.
    private bool[] ParseEvents(string name, List<int> keep)
    {
        var column = _columns[name];
        var values = new double[keep.Count];
        for (var i = 0; i < keep.Count; i++)
        {
            var text = column[keep[i]]!;
            if (text is "TRUE" or "T" or "true")
            {
                values[i] = 1;
            }
            else if (text is "FALSE" or "F" or "false")
            {
                values[i] = 0;
            }
            else if (!TryNumber(text, out values[i]))
            {
                throw OmicsBridgeException.InvalidInput(string.Create(
                    CultureInfo.InvariantCulture, $"Column '{name}' row {keep[i] + 1}: an event must be 0/1, 1/2 or TRUE/FALSE."));
            }
        }

        var zeroOne = Array.TrueForAll(values, v => v is 0 or 1);
        var oneTwo = Array.TrueForAll(values, v => v is 1 or 2);
        if (!zeroOne && !oneTwo)
        {
            throw OmicsBridgeException.InvalidInput($"Column '{name}' mixes event codes; use 0/1 or 1/2 (2 = event).");
        }

        var eventCode = zeroOne ? 1.0 : 2.0;
        return [.. values.Select(v => v == eventCode)];
    }
}

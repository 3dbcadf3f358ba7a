using System.Globalization;
using System.Text.RegularExpressions;

namespace OmicsBridge.Harmonize.Values;

/// <summary>
/// Splits free-text lab values (<c>5.4</c>, <c>&lt;0.5</c>, <c>&gt;=1000</c>, <c>1,234.5</c>, <c>5.4 mg/dL</c>,
/// <c>positive</c>, <c>NEG</c>, <c>2+</c>, <c>not detected</c>, <c>see note</c>) into number, comparator, unit,
/// qualitative code and text.
/// </summary>
/// <remarks>
/// <para>Numbers parse culture-invariantly: <c>.</c> is the decimal mark and <c>,</c> only groups thousands
/// (<c>1,234.5</c>); <c>1,5</c> is not read as a number (it would be 1.5 in Europe and 15 elsewhere) and stays text.
/// Exponents (<c>5.4e3</c>) are accepted. Comparators: <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>,
/// <c>≤</c>, <c>≥</c> and <c>=</c> (dropped). A unit must start with a letter, <c>%</c>, <c>/</c>, <c>[</c>,
/// <c>µ</c>, <c>°</c> or <c>×</c>, so ranges like <c>5-10</c> stay text.</para>
/// <para>Qualitative vocabulary (case-insensitive, trailing period ignored), coded in SNOMED CT:
/// positive/pos/+ve → 10828004 Positive; negative/neg/-ve → 260385009 Negative; trace/± → 260405006 Trace;
/// detected → 260373001 Detected; not detected/undetected/none detected → 260415000 Not detected;
/// reactive → 11214006 Reactive; non-reactive → 131194007 Non-reactive; indeterminate/inconclusive → 82334004
/// Indeterminate; equivocal/borderline → 42425007 Equivocal; present → 52101004 Present; absent → 2667000 Absent;
/// normal → 17621005 Normal; abnormal → 263654008 Abnormal; + or 1+ → 260347006 +; ++ or 2+ → 260348001 ++;
/// +++ or 3+ → 260349009 +++; ++++ or 4+ → 260350009 ++++.</para>
/// <para>A lone <c>-</c> is read as missing, not as negative: spreadsheets use it for an empty cell.</para>
/// </remarks>
public static partial class ClinicalValueParser
{
    private static readonly Dictionary<string, (string Code, string Display)> s_qualitative = BuildVocabulary();

    private static readonly HashSet<string> s_missing = new(StringComparer.OrdinalIgnoreCase)
    {
        "n/a", "na", "null", "none", "-", "--", "nan", "not applicable", "not available",
    };

    /// <summary>Splits <paramref name="text"/>; never throws, and an unreadable value comes back as <see cref="ClinicalValue.Text"/>.</summary>
    public static ClinicalValue Parse(string? text)
    {
        var original = text ?? string.Empty;
        var value = original.Trim();
        if (value.Length == 0 || s_missing.Contains(value))
        {
            return new ClinicalValue { Original = original };
        }

        var key = WhiteSpace().Replace(value.TrimEnd('.').ToLowerInvariant(), " ");
        if (s_qualitative.TryGetValue(key, out var coded))
        {
            return new ClinicalValue { Original = original, Code = coded.Code, CodeDisplay = coded.Display };
        }

        var match = Numeric().Match(value);
        if (match.Success)
        {
            var digits = match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
            if (double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                var unit = match.Groups["unit"].Value.Trim();
                return new ClinicalValue
                {
                    Original = original,
                    Number = number,
                    Comparator = Comparator(match.Groups["comparator"].Value),
                    Unit = unit.Length == 0 ? null : unit,
                };
            }
        }

        return new ClinicalValue { Original = original, Text = value };
    }

    private static string? Comparator(string symbol) => symbol switch
    {
        "<" => "<",
        ">" => ">",
        "<=" or "≤" or "=<" => "<=",
        ">=" or "≥" or "=>" => ">=",
        _ => null,
    };

    private static Dictionary<string, (string, string)> BuildVocabulary()
    {
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        void Add((string Code, string Display) concept, params string[] texts)
        {
            foreach (var t in texts)
            {
                map.Add(t, concept);
            }
        }

        Add(("10828004", "Positive"), "positive", "pos", "+ve");
        Add(("260385009", "Negative"), "negative", "neg", "-ve");
        Add(("260405006", "Trace"), "trace", "tr", "±", "+/-");
        Add(("260373001", "Detected"), "detected");
        Add(("260415000", "Not detected"), "not detected", "undetected", "none detected", "not detectable", "undetectable");
        Add(("11214006", "Reactive"), "reactive");
        Add(("131194007", "Non-reactive"), "non-reactive", "nonreactive", "non reactive");
        Add(("82334004", "Indeterminate"), "indeterminate", "inconclusive");
        Add(("42425007", "Equivocal"), "equivocal", "borderline");
        Add(("52101004", "Present"), "present");
        Add(("2667000", "Absent"), "absent");
        Add(("17621005", "Normal"), "normal", "wnl", "within normal limits");
        Add(("263654008", "Abnormal"), "abnormal");
        Add(("260347006", "+"), "+", "1+");
        Add(("260348001", "++"), "++", "2+");
        Add(("260349009", "+++"), "+++", "3+");
        Add(("260350009", "++++"), "++++", "4+");
        return map;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"^(?<comparator><=|>=|=<|=>|≤|≥|<|>|=)?\s*(?<number>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:[eE][+-]?\d+)?|[+-]?\.\d+(?:[eE][+-]?\d+)?)\s*(?<unit>(?:[A-Za-z%/\[µμ°×*{].*)?)$")]
    private static partial Regex Numeric();
}

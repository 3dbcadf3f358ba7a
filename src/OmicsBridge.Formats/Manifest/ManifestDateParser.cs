using System.Globalization;

namespace OmicsBridge.Formats.Manifest;

/// <summary>Reads the date shapes manifests and spreadsheet exports use (listed in docs/formats/manifest.md).</summary>
internal static class ManifestDateParser
{
    public enum Outcome
    {
        Parsed,
        Invalid,
        Ambiguous,
    }

    // Unambiguous shapes: ISO 8601 (with or without a time), compact ISO, year-first with slashes, month names.
    private static readonly string[] s_exactFormats =
    [
        "yyyy-MM-dd", "yyyyMMdd", "yyyy/MM/dd", "yyyy/M/d", "yyyy-M-d",
        "d-MMM-yyyy", "dd-MMM-yyyy", "d MMM yyyy", "dd MMM yyyy", "MMM d, yyyy", "MMM d yyyy", "MMMM d, yyyy", "d MMMM yyyy",
    ];

    public static Outcome TryParse(string text, ManifestDateOrder order, out DateOnly date)
    {
        var value = text.Trim();
        date = default;

        // ISO with a time part: keep the calendar date as written, whatever the offset.
        var t = value.IndexOfAny(['T', ' ']);
        if (t == 10 && value.Length > 10 && char.IsAsciiDigit(value[0]))
        {
            return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)
                   && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
                ? Outcome.Parsed
                : Outcome.Invalid;
        }

        if (DateOnly.TryParseExact(value, s_exactFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return Outcome.Parsed;
        }

        return TryParseNumeric(value, order, out date);
    }

    // d/m/yyyy, m/d/yyyy, d.m.yyyy and d-m-yyyy: the part order is only known from the configuration or from
    // a part above 12. Dotted dates are the European day-first convention. Two-digit years are refused.
    private static Outcome TryParseNumeric(string value, ManifestDateOrder order, out DateOnly date)
    {
        date = default;
        var separator = value.IndexOfAny(['/', '.', '-']);
        if (separator < 0)
        {
            return Outcome.Invalid;
        }

        var parts = value.Split(value[separator]);
        if (parts.Length != 3 || parts[2].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var first)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var second)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return Outcome.Invalid;
        }

        bool dayFirst;
        if (value[separator] == '.' || order == ManifestDateOrder.DayFirst)
        {
            dayFirst = true;
        }
        else if (order == ManifestDateOrder.MonthFirst)
        {
            dayFirst = false;
        }
        else if (first > 12 && second <= 12)
        {
            dayFirst = true;
        }
        else if (second > 12 && first <= 12)
        {
            dayFirst = false;
        }
        else if (first == second)
        {
            dayFirst = true;
        }
        else
        {
            return first > 12 ? Outcome.Invalid : Outcome.Ambiguous;
        }

        var (day, month) = dayFirst ? (first, second) : (second, first);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return Outcome.Invalid;
        }

        date = new DateOnly(year, month, day);
        return Outcome.Parsed;
    }
}

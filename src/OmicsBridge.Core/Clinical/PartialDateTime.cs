namespace OmicsBridge.Core.Clinical;

/// <summary>
/// A clinical date that may be partial (<c>1974</c>, <c>1974-12</c>, <c>1974-12-25</c>) or a full timestamp with
/// an offset (<c>2013-04-02T09:30:10+01:00</c>), as FHIR <c>date</c>/<c>dateTime</c>/<c>instant</c> and HL7 v2 DTM allow.
/// </summary>
/// <remarks>
/// The original text is kept in <see cref="Text"/>; <see cref="Start"/> is the earliest calendar day it can mean, which is
/// what date columns store. Calendar validity is checked (2023-02-30 is rejected), unlike a pattern match.
/// </remarks>
public readonly record struct PartialDateTime
{
    private PartialDateTime(string text, int year, int? month, int? day, DateTimeOffset? instant, DatePrecision precision)
    {
        Text = text;
        Year = year;
        Month = month;
        Day = day;
        Instant = instant;
        Precision = precision;
    }

    public string Text { get; }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    /// <summary>The point in time when a time of day was given; <see langword="null"/> for dates.</summary>
    public DateTimeOffset? Instant { get; }

    public DatePrecision Precision { get; }

    /// <summary>The earliest day the value can mean (January 1st for a bare year).</summary>
    public DateOnly Start => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>Parses a FHIR date, dateTime or instant. Fails on shape errors and impossible calendar days.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDateTime value)
    {
        value = default;
        text = text.Trim();
        if (text.Length < 4 || !TryDigits(text[..4], out var year) || year < 1)
        {
            return false;
        }

        if (text.Length == 4)
        {
            value = new PartialDateTime(text.ToString(), year, null, null, null, DatePrecision.Year);
            return true;
        }

        if (text.Length < 7 || text[4] != '-' || !TryDigits(text.Slice(5, 2), out var month) || month is < 1 or > 12)
        {
            return false;
        }

        if (text.Length == 7)
        {
            value = new PartialDateTime(text.ToString(), year, month, null, null, DatePrecision.Month);
            return true;
        }

        if (text.Length < 10 || text[7] != '-' || !TryDigits(text.Slice(8, 2), out var day)
            || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (text.Length == 10)
        {
            value = new PartialDateTime(text.ToString(), year, month, day, null, DatePrecision.Day);
            return true;
        }

        if (text[10] != 'T')
        {
            return false;
        }

        if (!TryParseTime(text[11..], out var time, out var offset, out var precision))
        {
            return false;
        }

        var instant = new DateTimeOffset(year, month, day, 0, 0, 0, offset).Add(time);
        value = new PartialDateTime(text.ToString(), year, month, day, instant, precision);
        return true;
    }

    public override string ToString() => Text ?? string.Empty;

    /// <summary>
    /// Reads <c>hh:mm[:ss[.f+]]</c> and an offset (<c>Z</c> or <c>±hh:mm</c>). A missing offset is read as UTC rather
    /// than as the machine's zone, so results never depend on where the parse runs. Hand-written because
    /// DateTimeOffset.TryParse costs about a microsecond and bulk exports carry several timestamps per resource.
    /// </summary>
    private static bool TryParseTime(ReadOnlySpan<char> text, out TimeSpan time, out TimeSpan offset, out DatePrecision precision)
    {
        time = default;
        offset = TimeSpan.Zero;
        precision = DatePrecision.Minute;
        if (text.Length < 5 || text[2] != ':' || !TryDigits(text[..2], out var hours) || !TryDigits(text.Slice(3, 2), out var minutes)
            || hours > 23 || minutes > 59)
        {
            return false;
        }

        var seconds = 0;
        long ticks = 0;
        var rest = text[5..];
        if (rest.Length >= 3 && rest[0] == ':')
        {
            if (!TryDigits(rest.Slice(1, 2), out seconds) || seconds > 59)
            {
                return false;
            }

            precision = DatePrecision.Second;
            rest = rest[3..];
            if (rest.Length > 0 && rest[0] == '.')
            {
                var digits = 1;
                while (digits < rest.Length && char.IsAsciiDigit(rest[digits]))
                {
                    digits++;
                }

                if (digits == 1)
                {
                    return false;
                }

                var fraction = rest[1..Math.Min(digits, 8)];
                _ = TryDigits(fraction, out var f);
                ticks = f * (long)Math.Pow(10, 7 - fraction.Length);
                rest = rest[digits..];
            }
        }

        if (rest.Length == 1 && rest[0] is 'Z' or 'z')
        {
            rest = [];
        }
        else if (rest.Length == 6 && rest[0] is '+' or '-' && rest[3] == ':'
                 && TryDigits(rest.Slice(1, 2), out var offsetHours) && TryDigits(rest[4..], out var offsetMinutes)
                 && offsetHours <= 14 && offsetMinutes <= 59)
        {
            offset = new TimeSpan(offsetHours, offsetMinutes, 0);
            if (rest[0] == '-')
            {
                offset = -offset;
            }

            rest = [];
        }

        time = new TimeSpan(0, hours, minutes, seconds).Add(TimeSpan.FromTicks(ticks));
        return rest.IsEmpty;
    }

    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return digits.Length > 0;
    }
}

using System.Globalization;
using System.Text;

namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// An HL7 v2 DT, TS or DTM value (<c>YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ]</c>) that keeps its precision
/// and its UTC offset, if one was sent.
/// </summary>
/// <remarks>
/// Missing parts are not invented: a value of precision <see cref="Hl7v2DateTimePrecision.Month"/> has no
/// <see cref="Day"/>. <see cref="ToString"/> renders ISO 8601 at the same precision (<c>1961-06</c>,
/// <c>2011-01-03T14:34:28-08:00</c>). Impossible dates such as <c>20230230</c> fail <see cref="TryParse"/> with a reason.
/// </remarks>
public readonly record struct Hl7v2DateTime
{
    private Hl7v2DateTime(int year, int? month, int? day, int? hour, int? minute, int? second, int? fractionTicks,
        int fractionDigits, TimeSpan? offset, Hl7v2DateTimePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Hour = hour;
        Minute = minute;
        Second = second;
        FractionTicks = fractionTicks;
        FractionDigits = fractionDigits;
        Offset = offset;
        Precision = precision;
    }

    public int Year { get; }

    public int? Month { get; }

    public int? Day { get; }

    public int? Hour { get; }

    public int? Minute { get; }

    public int? Second { get; }

    /// <summary>The fraction of a second in 100 ns ticks, when sent.</summary>
    public int? FractionTicks { get; }

    /// <summary>How many decimal places of the second were sent (0 to 4).</summary>
    public int FractionDigits { get; }

    /// <summary>The UTC offset, when sent; without it the time is in the sender's local time.</summary>
    public TimeSpan? Offset { get; }

    public Hl7v2DateTimePrecision Precision { get; }

    /// <summary>Parses a DT, TS or DTM value; <paramref name="error"/> says which rule was broken.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Hl7v2DateTime value, out string? error)
    {
        value = default;
        var offsetAt = text.IndexOfAny('+', '-');
        var main = offsetAt < 0 ? text : text[..offsetAt];
        TimeSpan? offset = null;
        if (offsetAt >= 0)
        {
            var zone = text[(offsetAt + 1)..];
            if (zone.Length != 4 || !AllDigits(zone))
            {
                error = "time zone offset must be +HHMM or -HHMM";
                return false;
            }

            var zoneHours = Number(zone[..2]);
            var zoneMinutes = Number(zone[2..]);
            if (zoneHours > 14 || zoneMinutes > 59 || (zoneHours == 14 && zoneMinutes > 0))
            {
                error = "time zone offset is outside -14:00..+14:00";
                return false;
            }

            var magnitude = new TimeSpan(zoneHours, zoneMinutes, 0);
            offset = text[offsetAt] == '-' ? -magnitude : magnitude;
        }

        var dot = main.IndexOf('.');
        var digits = dot < 0 ? main : main[..dot];
        var fraction = dot < 0 ? [] : main[(dot + 1)..];
        if (!AllDigits(digits) || digits.Length is not (4 or 6 or 8 or 10 or 12 or 14))
        {
            error = "date/time must be YYYY, YYYYMM, YYYYMMDD, YYYYMMDDHH, YYYYMMDDHHMM or YYYYMMDDHHMMSS";
            return false;
        }

        if (dot >= 0 && (digits.Length != 14 || fraction.Length is < 1 or > 4 || !AllDigits(fraction)))
        {
            error = "fractional seconds need whole seconds and 1 to 4 digits";
            return false;
        }

        var year = Number(digits[..4]);
        int? month = digits.Length >= 6 ? Number(digits[4..6]) : null;
        int? day = digits.Length >= 8 ? Number(digits[6..8]) : null;
        int? hour = digits.Length >= 10 ? Number(digits[8..10]) : null;
        int? minute = digits.Length >= 12 ? Number(digits[10..12]) : null;
        int? second = digits.Length >= 14 ? Number(digits[12..14]) : null;
        if (year == 0)
        {
            error = "year 0000 does not exist";
            return false;
        }

        if (month is < 1 or > 12)
        {
            error = "month must be 01 to 12";
            return false;
        }

        if (day is { } d && (d < 1 || d > DateTime.DaysInMonth(year, month!.Value)))
        {
            error = "day does not exist in that month";
            return false;
        }

        if (hour > 23 || minute > 59 || second > 59)
        {
            error = "time must be 00:00:00 to 23:59:59";
            return false;
        }

        int? ticks = null;
        if (fraction.Length > 0)
        {
            ticks = Number(fraction) * (int)Math.Pow(10, 7 - fraction.Length);
        }

        var precision = digits.Length switch
        {
            4 => Hl7v2DateTimePrecision.Year,
            6 => Hl7v2DateTimePrecision.Month,
            8 => Hl7v2DateTimePrecision.Day,
            10 => Hl7v2DateTimePrecision.Hour,
            12 => Hl7v2DateTimePrecision.Minute,
            _ => fraction.Length > 0 ? Hl7v2DateTimePrecision.FractionalSecond : Hl7v2DateTimePrecision.Second,
        };
        value = new Hl7v2DateTime(year, month, day, hour, minute, second, ticks, fraction.Length, offset, precision);
        error = null;
        return true;
    }

    /// <summary>The calendar date, when the value has at least day precision.</summary>
    public DateOnly? ToDateOnly() => Day is { } d ? new DateOnly(Year, Month!.Value, d) : null;

    /// <summary>
    /// The earliest instant the value can mean (missing parts are the start of the period), at its own offset or at
    /// <paramref name="assumedOffset"/> when none was sent.
    /// </summary>
    public DateTimeOffset ToDateTimeOffset(TimeSpan assumedOffset)
        => new DateTimeOffset(Year, Month ?? 1, Day ?? 1, Hour ?? 0, Minute ?? 0, Second ?? 0, Offset ?? assumedOffset)
            .AddTicks(FractionTicks ?? 0);

    /// <summary>ISO 8601 at the precision that was sent.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder(32);
        builder.Append(CultureInfo.InvariantCulture, $"{Year:D4}");
        if (Month is { } month)
        {
            builder.Append(CultureInfo.InvariantCulture, $"-{month:D2}");
        }

        if (Day is { } day)
        {
            builder.Append(CultureInfo.InvariantCulture, $"-{day:D2}");
        }

        if (Hour is { } hour)
        {
            builder.Append(CultureInfo.InvariantCulture, $"T{hour:D2}");
            builder.Append(CultureInfo.InvariantCulture, $":{Minute ?? 0:D2}");
            if (Second is { } second)
            {
                builder.Append(CultureInfo.InvariantCulture, $":{second:D2}");
            }

            if (FractionTicks is { } ticks)
            {
                var text = ticks.ToString("D7", CultureInfo.InvariantCulture);
                builder.Append('.').Append(text.AsSpan(0, FractionDigits));
            }

            if (Offset is { } offset)
            {
                builder.Append(offset < TimeSpan.Zero ? '-' : '+')
                    .Append(offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static bool AllDigits(ReadOnlySpan<char> text) => text.Length > 0 && !text.ContainsAnyExceptInRange('0', '9');

    private static int Number(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
}

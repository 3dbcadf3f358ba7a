using System.Globalization;

namespace OmicsBridge.Formats.Hl7v2;

/// <summary>The HL7 v2 NM type: an optional sign, digits and an optional decimal point; no exponent, no grouping.</summary>
public static class Hl7v2Numeric
{
    /// <summary>
    /// Parses an NM value into a <see cref="decimal"/>, which keeps the number of decimals that was sent (<c>4.40</c>
    /// stays 4.40).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out decimal value)
    {
        value = 0;
        var body = text.Length > 0 && text[0] is '+' or '-' ? text[1..] : text;
        if (body.Length == 0)
        {
            return false;
        }

        var dot = body.IndexOf('.');
        var whole = dot < 0 ? body : body[..dot];
        var fraction = dot < 0 ? [] : body[(dot + 1)..];
        if (whole.Length + fraction.Length == 0
            || whole.ContainsAnyExceptInRange('0', '9')
            || fraction.ContainsAnyExceptInRange('0', '9'))
        {
            return false;
        }

        return decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}

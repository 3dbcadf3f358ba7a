using System.Globalization;

namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>
/// OBX-7 as sent, plus its bounds when the text is a plain numeric range: <c>4.3 to 6.2</c>, <c>70-80</c>,
/// <c>&gt;5</c>, <c>&lt;=10</c>. Anything else keeps only <see cref="Text"/>.
/// </summary>
public sealed record Hl7v2ReferenceRange(string Text, decimal? Low, decimal? High)
{
    public static Hl7v2ReferenceRange Parse(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length > 0 && span[0] is '>' or '<')
        {
            var bound = span[1..].TrimStart('=').Trim();
            return Hl7v2Numeric.TryParse(bound, out var limit)
                ? new Hl7v2ReferenceRange(text, span[0] == '>' ? limit : null, span[0] == '<' ? limit : null)
                : new Hl7v2ReferenceRange(text, null, null);
        }

        ReadOnlySpan<char> left = [];
        ReadOnlySpan<char> right = [];
        var to = span.IndexOf(" to ", StringComparison.OrdinalIgnoreCase);
        if (to > 0)
        {
            left = span[..to];
            right = span[(to + 4)..];
        }
        else if (span.Length > 1 && span[1..].IndexOf('-') is var dash and >= 0)
        {
            // Searching from the second character lets the low bound be negative (-5-5).
            left = span[..(dash + 1)];
            right = span[(dash + 2)..];
        }

        return Hl7v2Numeric.TryParse(left.Trim(), out var low) && Hl7v2Numeric.TryParse(right.Trim(), out var high)
            ? new Hl7v2ReferenceRange(text, low, high)
            : new Hl7v2ReferenceRange(text, null, null);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Text} [{Low}..{High}]");
}

namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// The HL7 v2 SN type: <c>comparator ^ number ^ separator/suffix ^ number</c>, e.g. <c>&gt;^100</c>, <c>^1^:^128</c>
/// (a titre) or <c>^10^-^20</c> (a range).
/// </summary>
public sealed record Hl7v2StructuredNumeric(string? Comparator, decimal? Number1, string? Separator, decimal? Number2)
{
    private static readonly string[] s_comparators = [">", "<", ">=", "<=", "=", "<>"];
    private static readonly string[] s_separators = ["-", "+", "/", ".", ":"];

    /// <summary>Reads an SN value; <paramref name="error"/> names the component that broke the rules.</summary>
    public static bool TryParse(Hl7v2Value value, out Hl7v2StructuredNumeric? result, out string? error)
    {
        result = null;
        var comparator = value.Component(1).Value;
        var first = value.Component(2).Value;
        var separator = value.Component(3).Value;
        var second = value.Component(4).Value;
        if (comparator is not null && !s_comparators.Contains(comparator))
        {
            error = "SN comparator (component 1) must be one of > < >= <= = <>";
            return false;
        }

        if (separator is not null && !s_separators.Contains(separator))
        {
            error = "SN separator (component 3) must be one of - + / . :";
            return false;
        }

        decimal? number1 = null;
        decimal? number2 = null;
        if (first is not null)
        {
            if (!Hl7v2Numeric.TryParse(first, out var n))
            {
                error = "SN number (component 2) is not a number";
                return false;
            }

            number1 = n;
        }

        if (second is not null)
        {
            if (!Hl7v2Numeric.TryParse(second, out var n))
            {
                error = "SN number (component 4) is not a number";
                return false;
            }

            number2 = n;
        }

        if (number1 is null && number2 is null)
        {
            error = "SN has no number";
            return false;
        }

        result = new Hl7v2StructuredNumeric(comparator, number1, separator, number2);
        error = null;
        return true;
    }
}

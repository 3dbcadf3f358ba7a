namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// A CE or CWE value: a code with its text and coding system (<c>718-7^Hemoglobin^LN</c>), an alternate coding,
/// and (CWE only) the original text from component 9.
/// </summary>
public sealed record Hl7v2CodedElement(
    string? Code,
    string? Text,
    string? CodingSystem,
    string? AlternateCode = null,
    string? AlternateText = null,
    string? AlternateCodingSystem = null,
    string? OriginalText = null)
{
    /// <summary>True when neither a code nor any text was sent.</summary>
    public bool IsEmpty => Code is null && Text is null && AlternateCode is null && OriginalText is null;

    /// <summary>Reads the first repetition of a CE/CWE value; null when it is empty.</summary>
    public static Hl7v2CodedElement? From(Hl7v2Value value)
    {
        if (value.IsEmpty)
        {
            return null;
        }

        var coded = new Hl7v2CodedElement(
            value.Component(1).Value,
            value.Component(2).Value,
            value.Component(3).Value,
            value.Component(4).Value,
            value.Component(5).Value,
            value.Component(6).Value,
            value.Component(9).Value);
        return coded.IsEmpty ? null : coded;
    }
}

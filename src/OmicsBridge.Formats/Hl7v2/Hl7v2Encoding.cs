namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// The delimiters of one HL7 v2 message, read from MSH-1 (field separator) and MSH-2 (component, repetition,
/// escape, sub-component and, from v2.7, truncation characters).
/// </summary>
/// <remarks>
/// Messages usually use <c>|^~\&amp;</c>, but the standard lets the sender choose, so nothing here assumes them.
/// </remarks>
public sealed record Hl7v2Encoding(
    char FieldSeparator,
    char ComponentSeparator,
    char RepetitionSeparator,
    char EscapeCharacter,
    char SubComponentSeparator,
    char? TruncationCharacter = null)
{
    /// <summary>The usual <c>|^~\&amp;</c> delimiters, without a truncation character.</summary>
    public static Hl7v2Encoding Default { get; } = new('|', '^', '~', '\\', '&');

    /// <summary>MSH-2 as written: four characters, or five when a truncation character is declared.</summary>
    public string EncodingCharacters => TruncationCharacter is { } t
        ? string.Concat(ComponentSeparator, RepetitionSeparator, EscapeCharacter, SubComponentSeparator, t)
        : string.Concat(ComponentSeparator, RepetitionSeparator, EscapeCharacter, SubComponentSeparator);

    /// <summary>
    /// Reads the delimiters from MSH-1 and MSH-2. Fails when MSH-2 is not 4 or 5 characters, when a character repeats,
    /// or when one is a letter, digit, white space or control character (which would make the message ambiguous).
    /// </summary>
    public static bool TryCreate(char fieldSeparator, ReadOnlySpan<char> encodingCharacters, out Hl7v2Encoding encoding, out string? error)
    {
        encoding = Default;
        if (!IsUsableDelimiter(fieldSeparator))
        {
            error = "MSH-1 field separator must be a printable, non-alphanumeric character";
            return false;
        }

        if (encodingCharacters.Length is < 4 or > 5)
        {
            error = "MSH-2 encoding characters must be 4 characters (5 with the v2.7+ truncation character)";
            return false;
        }

        Span<char> all = stackalloc char[6];
        all[0] = fieldSeparator;
        encodingCharacters.CopyTo(all[1..]);
        var used = all[..(encodingCharacters.Length + 1)];
        for (var i = 1; i < used.Length; i++)
        {
            if (!IsUsableDelimiter(used[i]))
            {
                error = "MSH-2 encoding characters must be printable, non-alphanumeric characters";
                return false;
            }

            if (used[..i].Contains(used[i]))
            {
                error = "MSH-1 and MSH-2 delimiters must all differ";
                return false;
            }
        }

        encoding = new Hl7v2Encoding(
            fieldSeparator,
            encodingCharacters[0],
            encodingCharacters[1],
            encodingCharacters[2],
            encodingCharacters[3],
            encodingCharacters.Length == 5 ? encodingCharacters[4] : null);
        error = null;
        return true;
    }

    internal bool IsDelimiter(char c)
        => c == FieldSeparator || c == ComponentSeparator || c == RepetitionSeparator || c == SubComponentSeparator
           || c == EscapeCharacter;

    private static bool IsUsableDelimiter(char c) => c > ' ' && c < 0x7F && !char.IsAsciiLetterOrDigit(c);
}

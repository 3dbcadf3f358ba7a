using System.Globalization;
using System.Text;

namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// HL7 v2 escape sequences (chapter 2.7): <c>\F\ \S\ \T\ \R\ \E\ \P\ \Xhh..\</c> are decoded; the formatting and
/// character-set commands (<c>\H\ \N\ \.br\ \.sp\ \Cxxyy\ \Mxxyyzz\ \Zxx\</c>) are stripped, except <c>\.br\</c> and
/// <c>\.sp\</c>, which become a line feed so FT text keeps its line breaks.
/// </summary>
internal static class Hl7v2Escaping
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the escape sequences of one primitive value (a component or sub-component).</summary>
    public static string Unescape(ReadOnlySpan<char> raw, Hl7v2Encoding encoding)
    {
        var escape = encoding.EscapeCharacter;
        var first = raw.IndexOf(escape);
        if (first < 0)
        {
            return raw.ToString();
        }

        var builder = new StringBuilder(raw.Length);
        builder.Append(raw[..first]);
        var i = first;
        while (i < raw.Length)
        {
            var c = raw[i];
            if (c != escape)
            {
                builder.Append(c);
                i++;
                continue;
            }

            var close = raw[(i + 1)..].IndexOf(escape);
            if (close <= 0)
            {
                // An unclosed (or empty "\\") sequence is kept literally; the reader reports it as HL7008.
                builder.Append(c);
                i++;
                continue;
            }

            var body = raw.Slice(i + 1, close);
            if (!TryAppendSequence(body, encoding, builder))
            {
                builder.Append(raw.Slice(i, close + 2));
            }

            i += close + 2;
        }

        return builder.ToString();
    }

    /// <summary>Writes <paramref name="text"/> with every delimiter and control character escaped.</summary>
    public static void Escape(ReadOnlySpan<char> text, Hl7v2Encoding encoding, StringBuilder output)
    {
        // Generated values rarely need escaping; one vectorised scan lets them through unchanged.
        Span<char> special = [encoding.FieldSeparator, encoding.ComponentSeparator, encoding.RepetitionSeparator,
            encoding.EscapeCharacter, encoding.SubComponentSeparator, encoding.TruncationCharacter ?? encoding.FieldSeparator, '\x7F'];
        if (text.IndexOfAny(special) < 0 && !text.ContainsAnyInRange('\0', '\x1F'))
        {
            output.Append(text);
            return;
        }

        foreach (var c in text)
        {
            if (c == encoding.FieldSeparator)
            {
                AppendCode(output, encoding, 'F');
            }
            else if (c == encoding.ComponentSeparator)
            {
                AppendCode(output, encoding, 'S');
            }
            else if (c == encoding.SubComponentSeparator)
            {
                AppendCode(output, encoding, 'T');
            }
            else if (c == encoding.RepetitionSeparator)
            {
                AppendCode(output, encoding, 'R');
            }
            else if (c == encoding.EscapeCharacter)
            {
                AppendCode(output, encoding, 'E');
            }
            else if (c == encoding.TruncationCharacter)
            {
                AppendCode(output, encoding, 'P');
            }
            else if (c < ' ' || c == '\x7F')
            {
                // CR and LF would end the segment; other controls are rejected by strict readers.
                output.Append(encoding.EscapeCharacter).Append('X')
                    .Append(((int)c).ToString("X2", CultureInfo.InvariantCulture)).Append(encoding.EscapeCharacter);
            }
            else
            {
                output.Append(c);
            }
        }
    }

    /// <summary>
    /// The offset of the first escape character in <paramref name="segment"/> that is not closed before the next
    /// delimiter, or -1. Escapes never span delimiters, because delimiters inside data are themselves escaped.
    /// </summary>
    public static int FindUnclosedEscape(ReadOnlySpan<char> segment, Hl7v2Encoding encoding)
    {
        var escape = encoding.EscapeCharacter;
        var i = 0;
        while (i < segment.Length)
        {
            var open = segment[i..].IndexOf(escape);
            if (open < 0)
            {
                return -1;
            }

            open += i;
            var j = open + 1;
            while (j < segment.Length && segment[j] != escape && !encoding.IsDelimiter(segment[j]))
            {
                j++;
            }

            if (j >= segment.Length || segment[j] != escape || j == open + 1)
            {
                return open;
            }

            i = j + 1;
        }

        return -1;
    }

    private static void AppendCode(StringBuilder output, Hl7v2Encoding encoding, char code)
        => output.Append(encoding.EscapeCharacter).Append(code).Append(encoding.EscapeCharacter);

    private static bool TryAppendSequence(ReadOnlySpan<char> body, Hl7v2Encoding encoding, StringBuilder builder)
    {
        if (body.Length == 1)
        {
            char? decoded = body[0] switch
            {
                'F' => encoding.FieldSeparator,
                'S' => encoding.ComponentSeparator,
                'T' => encoding.SubComponentSeparator,
                'R' => encoding.RepetitionSeparator,
                'E' => encoding.EscapeCharacter,
                'P' => encoding.TruncationCharacter,
                _ => null,
            };
            if (decoded is { } d)
            {
                builder.Append(d);
                return true;
            }

            // Highlighting on/off carries no meaning for data.
            return body[0] is 'H' or 'N';
        }

        switch (body[0])
        {
            case 'X':
                return TryAppendHex(body[1..], builder);
            case '.':
                if (body.StartsWith(".br") || body.StartsWith(".sp"))
                {
                    builder.Append('\n');
                }

                return true;
            case 'C' or 'M' or 'Z':
                // Character-set switches and locally defined escapes: we read UTF-8 only, so they are dropped.
                return true;
            default:
                return false;
        }
    }

    private static bool TryAppendHex(ReadOnlySpan<char> hex, StringBuilder builder)
    {
        if (hex.Length == 0 || hex.Length % 2 != 0)
        {
            return false;
        }

        Span<byte> bytes = hex.Length <= 256 ? stackalloc byte[hex.Length / 2] : new byte[hex.Length / 2];
        for (var k = 0; k < bytes.Length; k++)
        {
            if (!byte.TryParse(hex.Slice(k * 2, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bytes[k]))
            {
                return false;
            }
        }

        // Hex escapes are bytes in the message character set; we read UTF-8 and fall back to Latin-1 for lone bytes.
        try
        {
            builder.Append(s_strictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException)
        {
            builder.Append(Encoding.Latin1.GetString(bytes));
        }

        return true;
    }
}

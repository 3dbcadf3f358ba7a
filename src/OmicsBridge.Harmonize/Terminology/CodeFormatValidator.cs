using System.Text.RegularExpressions;
using OmicsBridge.Core.Vocabulary;

namespace OmicsBridge.Harmonize.Terminology;

/// <summary>
/// Checks that a code has the shape its vocabulary requires, including check digits (LOINC mod-10, SNOMED CT
/// Verhoeff). It does not check that the code exists: that needs the vocabulary release, which is loaded elsewhere.
/// </summary>
/// <remarks>Reasons name the rule, never the code, so they can be logged.</remarks>
public static partial class CodeFormatValidator
{
    /// <summary>Validates <paramref name="code"/> against <paramref name="vocabulary"/>'s format.</summary>
    /// <param name="vocabulary">The vocabulary the code claims to belong to.</param>
    /// <param name="code">The code as received.</param>
    /// <param name="reason">Why the code is malformed; <see langword="null"/> when it is well-formed.</param>
    /// <returns>True for a well-formed code, and for any non-empty code of a <c>LOCAL:</c> vocabulary.</returns>
    public static bool TryValidate(VocabularyId vocabulary, string? code, out string? reason)
    {
        reason = null;
        if (string.IsNullOrWhiteSpace(code))
        {
            reason = "code is empty";
            return false;
        }

        if (code.Length != code.Trim().Length)
        {
            reason = "code has leading or trailing spaces";
            return false;
        }

        reason = vocabulary.Value switch
        {
            "LOINC" => CheckLoinc(code),
            "SNOMED" => CheckSnomed(code),
            "ICD10CM" => Icd10CmPattern().IsMatch(code) ? null : "ICD-10-CM codes are a letter (not U), a digit, a digit or A/B, then optionally '.' and 1-4 letters or digits",
            "ICD10" => Icd10Pattern().IsMatch(code) ? null : "ICD-10 codes are a letter, two digits, then optionally '.' and 1-2 digits",
            "RxNorm" => Digits(code, 1, 8) ? null : "RxNorm codes (RXCUI) are 1-8 digits",
            "NDC" => CheckNdc(code),
            "ATC" => AtcPattern().IsMatch(code) ? null : "ATC codes have the shape A, A00, A00A, A00AA or A00AA00",
            "HPO" => PrefixedDigits(code, "HP:", 7) ? null : "HPO ids are 'HP:' and 7 digits",
            "GO" => PrefixedDigits(code, "GO:", 7) ? null : "GO ids are 'GO:' and 7 digits",
            "DUO" => PrefixedDigits(code, "DUO:", 7) ? null : "DUO ids are 'DUO:' and 7 digits",
            "HGNC" => CheckHgnc(code),
            "CVX" => Digits(code, 1, 3) ? null : "CVX codes are 1-3 digits",
            "UCUM" => code.Contains(' ', StringComparison.Ordinal) ? "UCUM codes contain no spaces" : null,
            _ => null,
        };
        return reason is null;
    }

    private static string? CheckLoinc(string code)
    {
        var dash = code.IndexOf('-', StringComparison.Ordinal);
        if (dash < 1 || dash != code.Length - 2 || dash > 7 || !Digits(code.AsSpan(0, dash)) || !char.IsAsciiDigit(code[^1]))
        {
            // LOINC answer (LA…), part (LP…) and group (LG…) codes: their trailing digit is not the mod-10 of the rest
            // (LA6684-0 is real), so only the shape is checked.
            if (code.Length > 4 && code[0] == 'L' && code[1] is 'A' or 'P' or 'G')
            {
                var rest = code.AsSpan(2);
                var restDash = rest.IndexOf('-');
                return restDash > 0 && restDash == rest.Length - 2 && Digits(rest[..restDash]) && char.IsAsciiDigit(rest[^1])
                    ? null
                    : "LOINC answer/part codes are LA, LP or LG, digits, '-', and one digit";
            }

            return "LOINC codes are 1-7 digits, '-', and one check digit";
        }

        return LuhnCheckDigit(code.AsSpan(0, dash)) == code[^1] - '0' ? null : "LOINC check digit (mod 10) does not match";
    }

    private static string? CheckSnomed(string code)
    {
        if (!Digits(code, 6, 18) || code[0] == '0')
        {
            return "SNOMED CT ids are 6-18 digits without a leading zero";
        }

        // The partition identifier (second and third digits from the right) says what the id names; 0x and 1x are
        // concepts, descriptions and relationships in the short and long (namespace) formats.
        var partition = code.AsSpan(code.Length - 3, 2);
        if (partition[0] is not ('0' or '1') || partition[1] is < '0' or > '5')
        {
            return "SNOMED CT partition identifier is not one of 00-05 or 10-15";
        }

        return Verhoeff.IsValid(code) ? null : "SNOMED CT check digit (Verhoeff) does not match";
    }

    private static string? CheckNdc(string code)
    {
        if (code.Contains('-', StringComparison.Ordinal))
        {
            return NdcHyphenatedPattern().IsMatch(code) ? null : "NDC codes are 4-4-2, 5-3-2, 5-4-1 or 5-4-2 digit groups";
        }

        return Digits(code, 10, 11) && code.Length is 10 or 11 ? null : "NDC codes are 10 or 11 digits";
    }

    private static string? CheckHgnc(string code)
    {
        var digits = code.StartsWith("HGNC:", StringComparison.OrdinalIgnoreCase) ? code[5..] : code;
        return Digits(digits, 1, 6) ? null : "HGNC ids are 'HGNC:' and 1-6 digits";
    }

    /// <summary>The LOINC mod-10 check digit: Luhn over the digits, doubling from the rightmost.</summary>
    internal static int LuhnCheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        var doubleIt = true;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            var d = digits[i] - '0';
            if (doubleIt)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
            doubleIt = !doubleIt;
        }

        return (10 - (sum % 10)) % 10;
    }

    private static bool PrefixedDigits(string code, string prefix, int count)
        => code.Length == prefix.Length + count
           && code.StartsWith(prefix, StringComparison.Ordinal)
           && Digits(code.AsSpan(prefix.Length));

    private static bool Digits(string text, int min, int max) => text.Length >= min && text.Length <= max && Digits(text.AsSpan());

    private static bool Digits(ReadOnlySpan<char> text) => !text.IsEmpty && !text.ContainsAnyExceptInRange('0', '9');

    [GeneratedRegex("^[A-TV-Z][0-9][0-9AB](\\.?[0-9A-Z]{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Icd10CmPattern();

    [GeneratedRegex("^[A-Z][0-9]{2}(\\.[0-9]{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Icd10Pattern();

    [GeneratedRegex("^[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex AtcPattern();

    [GeneratedRegex("^([0-9]{4}-[0-9]{4}-[0-9]{2}|[0-9]{5}-[0-9]{3}-[0-9]{2}|[0-9]{5}-[0-9]{4}-[0-9]{1,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex NdcHyphenatedPattern();
}

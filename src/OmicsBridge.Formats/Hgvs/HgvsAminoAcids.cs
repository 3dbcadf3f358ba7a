using System.Collections.Frozen;

namespace OmicsBridge.Formats.Hgvs;

/// <summary>IUPAC amino acid codes as HGVS uses them (3-letter with <c>Ter</c> for stop; 1-letter with <c>*</c>).</summary>
internal static class HgvsAminoAcids
{
    private static readonly FrozenDictionary<string, char> s_threeToOne = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["Ala"] = 'A', ["Arg"] = 'R', ["Asn"] = 'N', ["Asp"] = 'D', ["Cys"] = 'C', ["Gln"] = 'Q', ["Glu"] = 'E',
        ["Gly"] = 'G', ["His"] = 'H', ["Ile"] = 'I', ["Leu"] = 'L', ["Lys"] = 'K', ["Met"] = 'M', ["Phe"] = 'F',
        ["Pro"] = 'P', ["Ser"] = 'S', ["Thr"] = 'T', ["Trp"] = 'W', ["Tyr"] = 'Y', ["Val"] = 'V', ["Sec"] = 'U',
        ["Pyl"] = 'O', ["Asx"] = 'B', ["Glx"] = 'Z', ["Xaa"] = 'X', ["Ter"] = '*',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // One-letter X is read as a stop, as the older recommendations and biocommons/hgvs do; Xaa stays "unknown".
    private static readonly FrozenDictionary<char, string> s_oneToThree = s_threeToOne
        .Where(p => p.Key != "Xaa")
        .ToDictionary(p => p.Value, p => p.Key)
        .Append(new KeyValuePair<char, string>('X', "Ter"))
        .ToFrozenDictionary();

    /// <summary>Length (3 or 1) of the amino acid code at the start of <paramref name="text"/>, or 0 if there is none.</summary>
    public static int Match(ReadOnlySpan<char> text)
    {
        if (text.Length >= 3 && char.IsAsciiLetterUpper(text[0]) && char.IsAsciiLetterLower(text[1])
            && char.IsAsciiLetterLower(text[2]))
        {
            return s_threeToOne.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(text[..3]) ? 3 : 0;
        }

        if (text.Length >= 1 && s_oneToThree.ContainsKey(text[0]))
        {
            // "Cyx": an upper-case letter followed by lower case is a (bad) three-letter code, not a one-letter code.
            return text.Length >= 2 && char.IsAsciiLetterLower(text[1]) ? 0 : 1;
        }

        return 0;
    }

    /// <summary>The code is a stop (<c>Ter</c>, <c>*</c>, <c>X</c>).</summary>
    public static bool IsStop(ReadOnlySpan<char> code) =>
        code is "Ter" or "*" or "X";

    /// <summary>Rewrites a run of 1- and/or 3-letter codes as 3-letter codes, stops as <c>Ter</c>.</summary>
    public static string ToThreeLetter(string sequence)
    {
        var builder = new System.Text.StringBuilder(sequence.Length * 3);
        var span = sequence.AsSpan();
        while (!span.IsEmpty)
        {
            var length = Match(span);
            if (length == 0)
            {
                // Callers pass parsed sequences only; keep anything unexpected unchanged rather than lose it.
                builder.Append(span);
                break;
            }

            builder.Append(length == 3 ? span[..3] : s_oneToThree[span[0]]);
            span = span[length..];
        }

        return builder.ToString();
    }
}

using System.Text.RegularExpressions;
using OmicsBridge.Formats.Hgvs;

namespace OmicsBridge.Cohorts.Compilation;

/// <summary>
/// The spellings one protein change has in the lake: HGVSp with 3-letter codes (<c>Val600Glu</c>, what VEP writes) and
/// the 1-letter short form (<c>V600E</c>, MAF HGVSp_Short, cBioPortal), stops as <c>Ter</c>, <c>*</c> or <c>X</c>.
/// </summary>
internal static partial class ProteinChangeForms
{
    private static readonly Dictionary<string, string> s_threeToOne = new(StringComparer.Ordinal)
    {
        ["Ala"] = "A", ["Arg"] = "R", ["Asn"] = "N", ["Asp"] = "D", ["Cys"] = "C", ["Gln"] = "Q", ["Glu"] = "E",
        ["Gly"] = "G", ["His"] = "H", ["Ile"] = "I", ["Leu"] = "L", ["Lys"] = "K", ["Met"] = "M", ["Phe"] = "F",
        ["Pro"] = "P", ["Ser"] = "S", ["Thr"] = "T", ["Trp"] = "W", ["Tyr"] = "Y", ["Val"] = "V", ["Sec"] = "U",
        ["Pyl"] = "O", ["Ter"] = "*",
    };

    /// <summary>Whether the change names a position only (<c>V600</c>): every change at that residue matches.</summary>
    public static bool IsPositionOnly(string change, out string residue, out string position)
    {
        var match = PositionOnly().Match(change);
        residue = match.Groups[1].Value;
        position = match.Groups[2].Value;
        return match.Success;
    }

    /// <summary>Every spelling of a change given without <c>p.</c> (<c>V600E</c>, <c>Val600Glu</c>, <c>p.(Val600Glu)</c>).</summary>
    public static IReadOnlyList<string> Forms(string change)
    {
        var bare = Bare(change);
        var forms = new SortedSet<string>(StringComparer.Ordinal) { bare };
        if (HgvsNormalizer.TryNormalize("p." + bare, out var normalized, out _))
        {
            var three = Bare(normalized);
            forms.Add(three);
            var one = ToOneLetter(three);
            forms.Add(one);
            forms.Add(one.Replace('*', 'X'));
        }

        return [.. forms];
    }

    /// <summary>The 1- and 3-letter codes of a residue (<c>V</c> → V, Val).</summary>
    public static IReadOnlyList<string> ResidueForms(string residue)
    {
        var forms = new List<string> { residue };
        foreach (var (three, one) in s_threeToOne)
        {
            if (one == residue || three == residue)
            {
                forms.Add(one == residue ? three : one);
            }
        }

        return [.. forms.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Removes a reference, <c>p.</c> and the prediction parentheses.</summary>
    public static string Bare(string text)
    {
        var colon = text.LastIndexOf(':');
        var body = colon >= 0 ? text[(colon + 1)..] : text;
        if (body.StartsWith("p.", StringComparison.Ordinal))
        {
            body = body[2..];
        }

        return body.Replace("(", "", StringComparison.Ordinal).Replace(")", "", StringComparison.Ordinal);
    }

    private static string ToOneLetter(string three) =>
        ThreeLetter().Replace(three, m => s_threeToOne[m.Value]);

    [GeneratedRegex("Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val|Sec|Pyl|Ter")]
    private static partial Regex ThreeLetter();

    [GeneratedRegex(@"^([A-Z\*]|[A-Z][a-z]{2})([0-9]+)$")]
    private static partial Regex PositionOnly();
}

using System.Text.RegularExpressions;
using OmicsBridge.Cohorts.Definition;
using OmicsBridge.Core.Vocabulary;

namespace OmicsBridge.Cohorts.Parsing;

/// <summary>
/// Reads <c>VOCABULARY:CODE</c> (with a trailing <c>*</c> for "this code and every code below it") and checks the
/// vocabulary is known and the code has the shape that vocabulary's codes have.
/// </summary>
public static partial class CodeParser
{
    /// <summary>Vocabularies procedures use that the core list does not name (OMOP vocabulary ids).</summary>
    private static readonly string[] s_procedureVocabularies = ["CPT4", "HCPCS", "ICD10PCS", "ICD9CM", "ICD9Proc", "OPCS4"];

    /// <summary>Every vocabulary id a criterion may name (plus <c>LOCAL:&lt;system&gt;</c>).</summary>
    public static IReadOnlyList<string> KnownVocabularies { get; } =
        [.. VocabularyId.Known.Select(v => v.Value), .. s_procedureVocabularies];

    /// <summary>Parses and validates a code; throws an invalid-input error naming the problem.</summary>
    public static CodeMatch Parse(string text, bool descendants = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        var colon = trimmed.StartsWith("LOCAL:", StringComparison.Ordinal) ? trimmed.LastIndexOf(':') : trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == trimmed.Length - 1)
        {
            throw CohortIssues.Plain(CohortIssues.MalformedCode, "code",
                $"'{text}' is not a code: write VOCABULARY:CODE, e.g. ICD10CM:C50* or LOINC:4548-4.");
        }

        var vocabularyText = trimmed[..colon];
        var code = trimmed[(colon + 1)..];
        var prefix = code.EndsWith('*');
        if (prefix)
        {
            code = code[..^1];
        }

        var vocabulary = ResolveVocabulary(vocabularyText);
        var reason = FormatProblem(vocabulary, code, prefix);
        if (reason is not null)
        {
            throw CohortIssues.Plain(CohortIssues.MalformedCode, "code", $"'{text}': {reason}");
        }

        return new CodeMatch(vocabulary, code, prefix, descendants);
    }

    /// <summary>The canonical id of a vocabulary name (case-insensitive), or an error listing the known ones.</summary>
    public static string ResolveVocabulary(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (VocabularyId.TryParse(name, out var id))
        {
            return id.Value;
        }

        var extra = s_procedureVocabularies.FirstOrDefault(v => string.Equals(v, name, StringComparison.OrdinalIgnoreCase));
        return extra ?? throw CohortIssues.Plain(CohortIssues.UnknownVocabulary, "code",
            $"Unknown vocabulary '{name}'. Known vocabularies: {string.Join(", ", KnownVocabularies)}, or LOCAL:<system>.");
    }

    private static string? FormatProblem(string vocabulary, string code, bool prefix)
    {
        if (code.Length == 0)
        {
            return "the code is empty";
        }

        Regex? full = vocabulary switch
        {
            "ICD10CM" or "ICD10" => Icd10(),
            "LOINC" => Loinc(),
            "SNOMED" or "RxNorm" or "NDC" or "CVX" => Digits(),
            "ATC" => Atc(),
            "HPO" => Hpo(),
            _ => null,
        };
        if (full is null || full.IsMatch(code))
        {
            return null;
        }

        // A prefix only has to be the start of a well-formed code.
        if (prefix && vocabulary is "ICD10CM" or "ICD10" && Icd10Prefix().IsMatch(code))
        {
            return null;
        }

        if (prefix && vocabulary == "ATC" && AtcPrefix().IsMatch(code))
        {
            return null;
        }

        return vocabulary switch
        {
            "ICD10CM" or "ICD10" => "ICD-10 codes are a letter, two digits, then an optional dot and up to four characters (C50.911)",
            "LOINC" => "LOINC codes are digits, a dash and a check digit (4548-4)",
            "ATC" => "ATC codes look like L01XK01 (a prefix such as L01* is allowed)",
            "HPO" => "HPO codes look like HP:0001250",
            _ => $"{vocabulary} codes are digits only",
        };
    }

    [GeneratedRegex(@"^[A-Z][0-9][0-9A-Z](\.?[0-9A-Z]{1,4})?$")]
    private static partial Regex Icd10();

    [GeneratedRegex(@"^[A-Z]([0-9]([0-9A-Z](\.?[0-9A-Z]{0,4})?)?)?$")]
    private static partial Regex Icd10Prefix();

    [GeneratedRegex(@"^[0-9]{1,7}-[0-9]$")]
    private static partial Regex Loinc();

    [GeneratedRegex(@"^[0-9]{1,18}$")]
    private static partial Regex Digits();

    [GeneratedRegex(@"^[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}$")]
    private static partial Regex Atc();

    [GeneratedRegex(@"^[A-Z]([0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?)?$")]
    private static partial Regex AtcPrefix();

    [GeneratedRegex(@"^(HP:)?[0-9]{7}$")]
    private static partial Regex Hpo();
}

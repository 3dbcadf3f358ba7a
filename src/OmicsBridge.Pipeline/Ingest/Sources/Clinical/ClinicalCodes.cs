using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Vocabulary;

namespace OmicsBridge.Pipeline.Ingest.Sources.Clinical;

/// <summary>Picks the coding a lake row keeps when a source sends several.</summary>
/// <remarks>
/// CC1 a standard vocabulary beats a local one; CC2 among standard ones the order is the one analyses query by:
/// ICD-10-CM, ICD-10, SNOMED CT, LOINC, RxNorm, then any other; CC3 a concept with only text becomes
/// <c>LOCAL:text</c> with the text as its code, so nothing the source said is lost.
/// </remarks>
internal static class ClinicalCodes
{
    private static readonly VocabularyId[] s_preference =
        [VocabularyId.Icd10Cm, VocabularyId.Icd10, VocabularyId.Snomed, VocabularyId.Loinc, VocabularyId.RxNorm];

    public static Coding? Primary(IReadOnlyList<Coding> codes, string? text)
    {
        Coding? best = null;
        var bestRank = int.MaxValue;
        foreach (var coding in codes)
        {
            if (string.IsNullOrWhiteSpace(coding.Code))
            {
                continue;
            }

            var rank = Rank(coding.Vocabulary);
            if (rank < bestRank)
            {
                best = coding;
                bestRank = rank;
            }
        }

        if (best is not null)
        {
            return best;
        }

        return string.IsNullOrWhiteSpace(text) ? null : new Coding(VocabularyId.Local("text"), text.Trim(), text.Trim());
    }

    public static string Vocabulary(Coding coding) => coding.Vocabulary?.ToString() ?? "LOCAL:none";

    /// <summary>The code of the coding in <paramref name="vocabulary"/>, if the source sent one.</summary>
    public static string? CodeIn(IReadOnlyList<Coding> codes, VocabularyId vocabulary) =>
        codes.FirstOrDefault(c => c.Vocabulary == vocabulary)?.Code;

    private static int Rank(VocabularyId? vocabulary)
    {
        if (vocabulary is not { } id)
        {
            return 100;
        }

        var index = Array.IndexOf(s_preference, id);
        return index >= 0 ? index : id.IsLocal ? 50 : s_preference.Length;
    }
}

namespace OmicsBridge.Core.Vocabulary;

/// <summary>
/// An OMOP-style vocabulary id (<c>SNOMED</c>, <c>LOINC</c>, <c>ICD10CM</c>…), or <c>LOCAL:&lt;system&gt;</c> for a code
/// system we do not know. This is the <c>vocabulary</c> column of every coded lake table.
/// </summary>
public readonly record struct VocabularyId
{
    private const string LocalPrefix = "LOCAL:";

    private VocabularyId(string value) => Value = value;

    public static VocabularyId Snomed { get; } = new("SNOMED");

    public static VocabularyId Loinc { get; } = new("LOINC");

    public static VocabularyId Icd10Cm { get; } = new("ICD10CM");

    public static VocabularyId Icd10 { get; } = new("ICD10");

    public static VocabularyId RxNorm { get; } = new("RxNorm");

    public static VocabularyId Ndc { get; } = new("NDC");

    public static VocabularyId Atc { get; } = new("ATC");

    public static VocabularyId Hpo { get; } = new("HPO");

    public static VocabularyId Go { get; } = new("GO");

    public static VocabularyId Hgnc { get; } = new("HGNC");

    public static VocabularyId Ucum { get; } = new("UCUM");

    public static VocabularyId Duo { get; } = new("DUO");

    public static VocabularyId Cvx { get; } = new("CVX");

    /// <summary>The ids above, in a stable order.</summary>
    public static IReadOnlyList<VocabularyId> Known { get; } =
        [Snomed, Loinc, Icd10Cm, Icd10, RxNorm, Ndc, Atc, Hpo, Go, Hgnc, Ucum, Duo, Cvx];

    /// <summary>The id as stored, e.g. <c>LOINC</c> or <c>LOCAL:http://acme.org/labs</c>.</summary>
    public string Value => field ?? string.Empty;

    /// <summary>True for <c>LOCAL:</c> ids: codes kept as received, not mapped to a standard vocabulary.</summary>
    public bool IsLocal => Value.StartsWith(LocalPrefix, StringComparison.Ordinal);

    /// <summary>The id for codes of an unknown system; the system (a URI, an OID, an HL7 v2 name) is kept in the id.</summary>
    public static VocabularyId Local(string system)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(system);
        return new VocabularyId(LocalPrefix + system.Trim());
    }

    /// <summary>Reads a stored id back: a known id (case-insensitive) or a <c>LOCAL:</c> one.</summary>
    public static bool TryParse(string? text, out VocabularyId id)
    {
        id = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        foreach (var known in Known)
        {
            if (string.Equals(known.Value, text, StringComparison.OrdinalIgnoreCase))
            {
                id = known;
                return true;
            }
        }

        if (text.StartsWith(LocalPrefix, StringComparison.Ordinal) && text.Length > LocalPrefix.Length)
        {
            id = new VocabularyId(text);
            return true;
        }

        return false;
    }

    public override string ToString() => Value;
}

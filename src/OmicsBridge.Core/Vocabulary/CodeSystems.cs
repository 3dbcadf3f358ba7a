using System.Collections.Frozen;

namespace OmicsBridge.Core.Vocabulary;

/// <summary>
/// The table from code-system identifiers (FHIR system URIs, OIDs, HL7 v2 coding-system names) to
/// <see cref="VocabularyId"/>. It lives in Core so every reader (FHIR, HL7 v2, CSV) tags codes the same way
/// while reading; Harmonize/Terminology layers site-specific overrides and code validation on top.
/// </summary>
public static class CodeSystems
{
    // Several spellings appear in real data: http/https, a trailing slash, the THO "CodeSystem" form, and OIDs.
    private static readonly FrozenDictionary<string, VocabularyId> s_byUri = new Dictionary<string, VocabularyId>(StringComparer.OrdinalIgnoreCase)
    {
        ["http://snomed.info/sct"] = VocabularyId.Snomed,
        ["urn:oid:2.16.840.1.113883.6.96"] = VocabularyId.Snomed,
        ["http://loinc.org"] = VocabularyId.Loinc,
        ["urn:oid:2.16.840.1.113883.6.1"] = VocabularyId.Loinc,
        ["http://hl7.org/fhir/sid/icd-10-cm"] = VocabularyId.Icd10Cm,
        ["urn:oid:2.16.840.1.113883.6.90"] = VocabularyId.Icd10Cm,
        ["http://hl7.org/fhir/sid/icd-10"] = VocabularyId.Icd10,
        ["urn:oid:2.16.840.1.113883.6.3"] = VocabularyId.Icd10,
        ["http://www.nlm.nih.gov/research/umls/rxnorm"] = VocabularyId.RxNorm,
        ["urn:oid:2.16.840.1.113883.6.88"] = VocabularyId.RxNorm,
        ["http://hl7.org/fhir/sid/ndc"] = VocabularyId.Ndc,
        ["urn:oid:2.16.840.1.113883.6.69"] = VocabularyId.Ndc,
        ["http://www.whocc.no/atc"] = VocabularyId.Atc,
        ["urn:oid:2.16.840.1.113883.6.73"] = VocabularyId.Atc,
        ["http://unitsofmeasure.org"] = VocabularyId.Ucum,
        ["urn:oid:2.16.840.1.113883.6.8"] = VocabularyId.Ucum,
        ["http://www.genenames.org"] = VocabularyId.Hgnc,
        ["http://www.genenames.org/geneId"] = VocabularyId.Hgnc,
        ["http://www.genenames.org/genegroup"] = VocabularyId.Hgnc,
        ["urn:oid:2.16.840.1.113883.6.281"] = VocabularyId.Hgnc,
        ["http://human-phenotype-ontology.org"] = VocabularyId.Hpo,
        ["http://purl.obolibrary.org/obo/hp.owl"] = VocabularyId.Hpo,
        ["http://purl.obolibrary.org/obo/hp.obo"] = VocabularyId.Hpo,
        ["http://purl.obolibrary.org/obo/go.owl"] = VocabularyId.Go,
        ["http://purl.obolibrary.org/obo/go.obo"] = VocabularyId.Go,
        ["http://geneontology.org"] = VocabularyId.Go,
        ["http://purl.obolibrary.org/obo/duo.owl"] = VocabularyId.Duo,
        ["http://purl.obolibrary.org/obo/duo.obo"] = VocabularyId.Duo,
        ["http://hl7.org/fhir/sid/cvx"] = VocabularyId.Cvx,
        ["urn:oid:2.16.840.1.113883.12.292"] = VocabularyId.Cvx,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // HL7 v2 table 0396 names (CE/CWE component 3), with the variants seen in real feeds.
    private static readonly FrozenDictionary<string, VocabularyId> s_byHl7v2Name = new Dictionary<string, VocabularyId>(StringComparer.OrdinalIgnoreCase)
    {
        ["SCT"] = VocabularyId.Snomed,
        ["SNM"] = VocabularyId.Snomed,
        ["SNOMED"] = VocabularyId.Snomed,
        ["SNOMEDCT"] = VocabularyId.Snomed,
        ["SNOMED-CT"] = VocabularyId.Snomed,
        ["LN"] = VocabularyId.Loinc,
        ["LOINC"] = VocabularyId.Loinc,
        ["I10"] = VocabularyId.Icd10,
        ["ICD10"] = VocabularyId.Icd10,
        ["I10C"] = VocabularyId.Icd10Cm,
        ["ICD10CM"] = VocabularyId.Icd10Cm,
        ["ICD-10-CM"] = VocabularyId.Icd10Cm,
        ["RXNORM"] = VocabularyId.RxNorm,
        ["RXN"] = VocabularyId.RxNorm,
        ["NDC"] = VocabularyId.Ndc,
        ["ATC"] = VocabularyId.Atc,
        ["WC"] = VocabularyId.Atc,
        ["UCUM"] = VocabularyId.Ucum,
        ["HGNC"] = VocabularyId.Hgnc,
        ["HPO"] = VocabularyId.Hpo,
        ["GO"] = VocabularyId.Go,
        ["CVX"] = VocabularyId.Cvx,
        ["DUO"] = VocabularyId.Duo,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>The vocabulary of a FHIR <c>Coding.system</c> (or any system URI/OID); unknown systems map to <c>LOCAL:&lt;uri&gt;</c>.</summary>
    /// <returns><see langword="null"/> when <paramref name="systemUri"/> is empty: a code without a system has no vocabulary.</returns>
    public static VocabularyId? FromSystemUri(string? systemUri)
    {
        if (string.IsNullOrWhiteSpace(systemUri))
        {
            return null;
        }

        var trimmed = systemUri.Trim();
        if (s_byUri.TryGetValue(trimmed, out var id))
        {
            return id;
        }

        var normalised = NormaliseUri(trimmed);
        return normalised != trimmed && s_byUri.TryGetValue(normalised, out id) ? id : VocabularyId.Local(trimmed);
    }

    /// <summary>The vocabulary of an HL7 v2 coding-system name (<c>LN</c>, <c>SCT</c>, <c>I10</c>…); unknown names map to <c>LOCAL:&lt;name&gt;</c>.</summary>
    public static VocabularyId? FromHl7v2Name(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (s_byHl7v2Name.TryGetValue(trimmed, out var id))
        {
            return id;
        }

        // v2.7+ feeds sometimes carry the FHIR URI or an OID in the coding-system component.
        var byUri = FromSystemUri(trimmed);
        return byUri is { IsLocal: false } ? byUri : VocabularyId.Local(trimmed);
    }

    private static string NormaliseUri(string uri)
    {
        var text = uri.TrimEnd('/');
        if (text.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            text = string.Concat("http://", text.AsSpan("https://".Length));
        }

        return text;
    }
}

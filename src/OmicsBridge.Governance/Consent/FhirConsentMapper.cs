using OmicsBridge.Core.Access;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Vocabulary;

namespace OmicsBridge.Governance.Consent;

/// <summary>
/// Turns a FHIR R4 Consent (as the FHIR reader stores it) into the consent records the evaluator uses.
/// </summary>
/// <remarks>
/// Status: <c>active</c> → active; <c>inactive</c> and <c>rejected</c> → withdrawn; <c>draft</c>, <c>proposed</c> and
/// <c>entered-in-error</c> grant nothing and yield no record. Purposes: DUO codings of the provision
/// (<c>provision.purpose</c>; the code as <c>DUO:0000042</c> or bare digits) — permissions become purposes, modifiers
/// become modifiers; DS needs a disease term FHIR cannot carry on the coding, so a bare DS is dropped. Categories:
/// <c>provision.class</c> codes that name a data category (clinical, genomic…), else all. A top-level
/// <c>deny</c> is a withdrawal; each nested provision becomes its own record (a nested deny on
/// <c>genomic</c> withdraws just that category), ordered after its parent so that it wins on the same day.
/// The patient is the subject reference (<c>Patient/123</c>, identifier system <c>fhir</c>); ingestion resolves it
/// to a lake patient_id through the identity crosswalk.
/// </remarks>
public static class FhirConsentMapper
{
    public const string IdentifierSystem = "fhir";

    /// <summary>The records of one Consent, or none with the reason (no subject, not in force).</summary>
    public static (IReadOnlyList<PatientConsent> Records, string? Skipped) Map(ConsentRecord consent, long order = 0)
    {
        ArgumentNullException.ThrowIfNull(consent);
        if (string.IsNullOrWhiteSpace(consent.SubjectReference))
        {
            return ([], "the Consent has no patient (Consent.patient)");
        }

        var status = consent.Status?.Trim().ToLowerInvariant() switch
        {
            "active" => ConsentStatus.Active,
            "inactive" or "rejected" => ConsentStatus.Withdrawn,
            _ => (ConsentStatus?)null,
        };
        if (status is null)
        {
            return ([], $"Consent.status '{consent.Status}' is not in force (only active, inactive and rejected are used)");
        }

        var records = new List<PatientConsent>();
        var start = consent.DateTime?.Start;
        var top = consent.Provision;
        var topDenies = string.Equals(top?.Type, "deny", StringComparison.OrdinalIgnoreCase);
        var topStatus = status == ConsentStatus.Active && topDenies ? ConsentStatus.Withdrawn : status.Value;
        records.Add(Record(consent, top, topStatus, start, order * 100));
        var nested = 1;
        foreach (var provision in top?.Provisions ?? [])
        {
            var denies = string.Equals(provision.Type, "deny", StringComparison.OrdinalIgnoreCase);
            var nestedStatus = status == ConsentStatus.Withdrawn || denies ? ConsentStatus.Withdrawn : ConsentStatus.Active;
            records.Add(Record(consent, provision, nestedStatus, start, (order * 100) + nested++));
        }

        return (records, null);
    }

    private static PatientConsent Record(ConsentRecord consent, ConsentProvision? provision, ConsentStatus status, DateOnly? fallbackStart, long order)
    {
        var purposes = new List<Purpose>();
        var modifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var coding in provision?.Purposes ?? [])
        {
            if (DuoId(coding) is not { } code)
            {
                continue;
            }

            if (ConsentModifiers.IsModifier(code))
            {
                modifiers.Add(code);
            }
            else if (code != DuoCodes.DiseaseSpecific && Purpose.TryParse(code, out var purpose, out _))
            {
                purposes.Add(purpose);
            }
        }

        var categories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var coding in provision?.DataClasses ?? [])
        {
            if (DataCategories.Normalize(coding.Code) is { } category)
            {
                categories.Add(category);
            }
        }

        return new PatientConsent(
            consent.SubjectReference!, status, purposes, modifiers, categories,
            provision?.Period?.Start?.Start ?? fallbackStart,
            provision?.Period?.End?.Start,
            order, IdentifierSystem, consent.SourceId);
    }

    private static string? DuoId(Coding coding)
    {
        var code = coding.Code.Trim();
        var isDuo = coding.Vocabulary == VocabularyId.Duo || code.StartsWith("DUO:", StringComparison.OrdinalIgnoreCase);
        if (!isDuo)
        {
            return null;
        }

        if (code.Length == 7 && code.All(char.IsAsciiDigit))
        {
            code = "DUO:" + code;
        }

        code = code.Replace('_', ':').ToUpperInvariant();
        return DuoCodes.IsDuoId(code) ? code : null;
    }
}

using OmicsBridge.Core.Clinical;
using OmicsBridge.Harmonize.Identity;
using PatientIdentifier = OmicsBridge.Harmonize.Identity.PatientIdentifier;

namespace OmicsBridge.Pipeline.Ingest.Sources.Clinical;

/// <summary>How clinical records name their patient in the identifier crosswalk.</summary>
/// <remarks>
/// CS1 a FHIR Patient's resource id is itself an identifier in the system <see cref="FhirPatientSystem"/>, so an
/// Observation that arrives before its Patient (bulk exports are sorted by type) creates the patient by that id, and
/// the Patient resource then joins its MRNs to the same person (identity rule ID3).
/// CS2 a reference by identifier (<c>Patient?identifier=system|value</c>) resolves by that identifier.
/// </remarks>
internal static class ClinicalSubjects
{
    public const string FhirPatientSystem = "fhir:Patient";

    /// <summary>The identifier a subject reference stands for; null when it is not a patient.</summary>
    public static PatientIdentifier? FromReference(IdentityResolver resolver, string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference))
        {
            return null;
        }

        const string byIdentifier = "Patient?identifier=";
        if (reference.StartsWith(byIdentifier, StringComparison.Ordinal))
        {
            var token = Uri.UnescapeDataString(reference[byIdentifier.Length..]);
            var bar = token.IndexOf('|', StringComparison.Ordinal);
            return bar < 0
                ? resolver.Canonicalize(null, token)
                : resolver.Canonicalize(token[..bar], token[(bar + 1)..]);
        }

        const string patientPrefix = "Patient/";
        return reference.StartsWith(patientPrefix, StringComparison.Ordinal) && reference.Length > patientPrefix.Length
            ? new PatientIdentifier(FhirPatientSystem, reference[patientPrefix.Length..])
            : null;
    }

    public static PatientDemographics Demographics(PatientRecord patient) => new()
    {
        Sex = patient.Sex switch
        {
            AdministrativeSex.Female => "female",
            AdministrativeSex.Male => "male",
            AdministrativeSex.Other => "other",
            _ => null,
        },
        BirthDate = patient.BirthDate?.Start,
        Deceased = patient.Deceased,
        DeathDate = patient.DeathDate?.Start,
    };

    /// <summary>The latest date a record shows the patient alive, for <c>last_contact_date</c>.</summary>
    public static DateOnly? ContactDate(ClinicalRecord record) => record switch
    {
        ObservationRecord o => (o.EffectiveEnd ?? o.EffectiveTime ?? o.Issued)?.Start,
        EncounterRecord e => (e.Period?.End ?? e.Period?.Start)?.Start,
        ConditionRecord c => (c.Onset ?? c.RecordedDate)?.Start,
        ProcedureRecord p => (p.PerformedEnd ?? p.PerformedStart)?.Start,
        MedicationRecord m => m.StartDate?.Start,
        DiagnosticReportRecord d => (d.EffectiveTime ?? d.Issued)?.Start,
        _ => null,
    };
}

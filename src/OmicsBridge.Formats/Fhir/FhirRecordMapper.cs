using OmicsBridge.Core.Clinical;
using R4 = Hl7.Fhir.Model;

namespace OmicsBridge.Formats.Fhir;

/// <summary>
/// Maps Firely POCOs to Core clinical records. Each resource type has its own method (split into partials by
/// concern); a resource whose mapping found an error yields no record, and the error is in the issues.
/// </summary>
internal static partial class FhirRecordMapper
{
    /// <summary>The resource types this mapper turns into records; other valid FHIR types are counted and skipped.</summary>
    public static bool IsMapped(string resourceType) => resourceType is "Patient" or "Encounter" or "Condition" or "Observation"
        or "MedicationRequest" or "MedicationStatement" or "MedicationAdministration" or "Procedure" or "Specimen"
        or "DiagnosticReport" or "Consent";

    /// <summary>The record for <paramref name="resource"/>, or null when the type is not mapped or the resource was rejected.</summary>
    public static ClinicalRecord? Map(R4.Resource resource, string sourceId, FhirMappingContext context)
    {
        context.Current = resource as R4.DomainResource;
        ClinicalRecord? record = resource switch
        {
            R4.Patient patient => MapPatient(patient, sourceId, context),
            R4.Encounter encounter => MapEncounter(encounter, sourceId, context),
            R4.Condition condition => MapCondition(condition, sourceId, context),
            R4.Observation observation => MapObservation(observation, sourceId, context),
            R4.MedicationRequest request => MapMedicationRequest(request, sourceId, context),
            R4.MedicationStatement statement => MapMedicationStatement(statement, sourceId, context),
            R4.MedicationAdministration administration => MapMedicationAdministration(administration, sourceId, context),
            R4.Procedure procedure => MapProcedure(procedure, sourceId, context),
            R4.Specimen specimen => MapSpecimen(specimen, sourceId, context),
            R4.DiagnosticReport report => MapDiagnosticReport(report, sourceId, context),
            R4.Consent consent => MapConsent(consent, sourceId, context),
            _ => null,
        };
        return context.Rejected ? null : record;
    }

    /// <summary>The subject reference; a missing one is an error (FHIR004) for types whose rows need a patient.</summary>
    private static string? RequiredSubject(R4.ResourceReference? subject, string field, string resourceType, FhirMappingContext context)
    {
        var key = context.Reference(subject, field);
        if (key is null)
        {
            context.Error(FhirIssues.MissingSubject, field, $"{resourceType} has no {field} reference; its row cannot be linked to a patient");
        }

        return key;
    }
}

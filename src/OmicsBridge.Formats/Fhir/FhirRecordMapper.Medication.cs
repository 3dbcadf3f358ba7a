using OmicsBridge.Core.Clinical;
using R4 = Hl7.Fhir.Model;

namespace OmicsBridge.Formats.Fhir;

internal static partial class FhirRecordMapper
{
    private static MedicationRecord MapMedicationRequest(R4.MedicationRequest request, string sourceId, FhirMappingContext context)
    {
        var subject = RequiredSubject(request.Subject, "subject", "MedicationRequest", context);
        var (codes, text) = MedicationCodes(request.Medication, "medication", context);
        var dosage = request.DosageInstruction.FirstOrDefault();
        var validity = request.DispenseRequest?.ValidityPeriod;
        return new MedicationRecord
        {
            SourceId = sourceId,
            SubjectReference = subject,
            Source = context.Position,
            Kind = MedicationRecordKind.Request,
            Codes = codes,
            CodeText = text,
            Status = FhirDataTypes.Status(request.StatusElement),
            StartDate = context.Date(request.AuthoredOn, "authoredOn") ?? context.Date(validity?.Start, "dispenseRequest.validityPeriod.start"),
            EndDate = context.Date(validity?.End, "dispenseRequest.validityPeriod.end"),
            Dose = DoseOf(dosage),
            DoseText = dosage?.Text,
            Routes = FhirDataTypes.ToCodings(dosage?.Route),
            EncounterReference = context.Reference(request.Encounter, "encounter"),
        };
    }

    private static MedicationRecord MapMedicationStatement(R4.MedicationStatement statement, string sourceId, FhirMappingContext context)
    {
        var subject = RequiredSubject(statement.Subject, "subject", "MedicationStatement", context);
        var (codes, text) = MedicationCodes(statement.Medication, "medication", context);
        var effective = FhirDataTypes.ToTime(statement.Effective, context, "effective");
        var dosage = statement.Dosage.FirstOrDefault();
        return new MedicationRecord
        {
            SourceId = sourceId,
            SubjectReference = subject,
            Source = context.Position,
            Kind = MedicationRecordKind.Statement,
            Codes = codes,
            CodeText = text,
            Status = FhirDataTypes.Status(statement.StatusElement),
            StartDate = effective.Start ?? context.Date(statement.DateAsserted, "dateAsserted"),
            EndDate = effective.End,
            Dose = DoseOf(dosage),
            DoseText = dosage?.Text,
            Routes = FhirDataTypes.ToCodings(dosage?.Route),
            EncounterReference = context.Reference(statement.Context, "context"),
        };
    }

    private static MedicationRecord MapMedicationAdministration(R4.MedicationAdministration administration, string sourceId, FhirMappingContext context)
    {
        var subject = RequiredSubject(administration.Subject, "subject", "MedicationAdministration", context);
        var (codes, text) = MedicationCodes(administration.Medication, "medication", context);
        var effective = FhirDataTypes.ToTime(administration.Effective, context, "effective");
        var dosage = administration.Dosage;
        return new MedicationRecord
        {
            SourceId = sourceId,
            SubjectReference = subject,
            Source = context.Position,
            Kind = MedicationRecordKind.Administration,
            Codes = codes,
            CodeText = text,
            Status = FhirDataTypes.Status(administration.StatusElement),
            StartDate = effective.Start,
            EndDate = effective.End,
            Dose = dosage?.Dose is { } dose ? FhirDataTypes.ToValue(dose) : null,
            DoseText = dosage?.Text,
            Routes = FhirDataTypes.ToCodings(dosage?.Route),
            EncounterReference = context.Reference(administration.Context, "context"),
        };
    }

    /// <summary>
    /// The medication's codes from <c>medicationCodeableConcept</c>, or from the Medication it references when that
    /// is contained in the resource. A reference to a separate Medication is tracked; its codes stay with it.
    /// </summary>
    private static (IReadOnlyList<Coding> Codes, string? Text) MedicationCodes(R4.DataType? medication, string field, FhirMappingContext context)
    {
        switch (medication)
        {
            case R4.CodeableConcept concept:
                return (FhirDataTypes.ToCodings(concept), FhirDataTypes.Text(concept));
            case R4.ResourceReference reference when reference.Reference is { Length: > 1 } target && target[0] == '#':
                var contained = context.Current?.Contained.OfType<R4.Medication>().FirstOrDefault(m => m.Id == target[1..]);
                return contained is null ? ([], reference.Display) : (FhirDataTypes.ToCodings(contained.Code), FhirDataTypes.Text(contained.Code));
            case R4.ResourceReference reference:
                context.Reference(reference, field + "Reference");
                return ([], reference.Display);
            default:
                return ([], null);
        }
    }

    private static ClinicalValue? DoseOf(R4.Dosage? dosage)
        => dosage?.DoseAndRate.FirstOrDefault()?.Dose switch
        {
            R4.Quantity quantity => FhirDataTypes.ToValue(quantity),
            R4.Range range => FhirDataTypes.ToValue(range),
            _ => null,
        };
}

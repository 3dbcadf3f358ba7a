using OmicsBridge.Core.Clinical;
using R4 = Hl7.Fhir.Model;

namespace OmicsBridge.Formats.Fhir;

internal static partial class FhirRecordMapper
{
    private static EncounterRecord MapEncounter(R4.Encounter encounter, string sourceId, FhirMappingContext context)
    {
        var subject = RequiredSubject(encounter.Subject, "subject", "Encounter", context);
        return new EncounterRecord
        {
            SourceId = sourceId,
            SubjectReference = subject,
            Source = context.Position,
            Status = FhirDataTypes.Status(encounter.StatusElement),
            Class = FhirDataTypes.ToCoding(encounter.Class),
            Types = FhirDataTypes.ToCodings(encounter.Type),
            ReasonCodes = FhirDataTypes.ToCodings(encounter.ReasonCode),
            Period = encounter.Period is null
                ? null
                : new Period(context.Date(encounter.Period.Start, "period.start"), context.Date(encounter.Period.End, "period.end")),
        };
    }

    private static ConditionRecord MapCondition(R4.Condition condition, string sourceId, FhirMappingContext context)
    {
        var subject = RequiredSubject(condition.Subject, "subject", "Condition", context);
        var onset = FhirDataTypes.ToTime(condition.Onset, context, "onset");
        var abatement = FhirDataTypes.ToTime(condition.Abatement, context, "abatement");
        return new ConditionRecord
        {
            SourceId = sourceId,
            SubjectReference = subject,
            Source = context.Position,
            Codes = FhirDataTypes.ToCodings(condition.Code),
            CodeText = FhirDataTypes.Text(condition.Code),
            ClinicalStatus = condition.ClinicalStatus?.Coding?.FirstOrDefault()?.Code,
            VerificationStatus = condition.VerificationStatus?.Coding?.FirstOrDefault()?.Code,
            Categories = FhirDataTypes.ToCodings(condition.Category),
            BodySites = FhirDataTypes.ToCodings(condition.BodySite),
            Onset = onset.Start,
            OnsetText = onset.Text,
            Abatement = abatement.Start,
            AbatementText = abatement.Text,
            RecordedDate = context.Date(condition.RecordedDate, "recordedDate"),
            EncounterReference = context.Reference(condition.Encounter, "encounter"),
        };
    }

    private static ProcedureRecord MapProcedure(R4.Procedure procedure, string sourceId, FhirMappingContext context)
    {
        var subject = RequiredSubject(procedure.Subject, "subject", "Procedure", context);
        var performed = FhirDataTypes.ToTime(procedure.Performed, context, "performed");
        return new ProcedureRecord
        {
            SourceId = sourceId,
            SubjectReference = subject,
            Source = context.Position,
            Codes = FhirDataTypes.ToCodings(procedure.Code),
            CodeText = FhirDataTypes.Text(procedure.Code),
            Status = FhirDataTypes.Status(procedure.StatusElement),
            PerformedStart = performed.Start,
            PerformedEnd = performed.End,
            BodySites = FhirDataTypes.ToCodings(procedure.BodySite),
            ReasonCodes = FhirDataTypes.ToCodings(procedure.ReasonCode),
            EncounterReference = context.Reference(procedure.Encounter, "encounter"),
        };
    }
}

using OmicsBridge.Core.Clinical;
using R4 = Hl7.Fhir.Model;

namespace OmicsBridge.Formats.Fhir;

internal static partial class FhirRecordMapper
{
    private static SpecimenRecord MapSpecimen(R4.Specimen specimen, string sourceId, FhirMappingContext context)
    {
        var collected = FhirDataTypes.ToTime(specimen.Collection?.Collected, context, "collection.collected");
        return new SpecimenRecord
        {
            SourceId = sourceId,
            SubjectReference = context.Reference(specimen.Subject, "subject"),
            Source = context.Position,
            Identifiers = FhirDataTypes.ToIdentifiers(specimen.Identifier),
            AccessionIdentifier = specimen.AccessionIdentifier?.Value,
            Status = FhirDataTypes.Status(specimen.StatusElement),
            Types = FhirDataTypes.ToCodings(specimen.Type),
            CollectedAt = collected.Start,
            BodySites = FhirDataTypes.ToCodings(specimen.Collection?.BodySite),
            Quantity = specimen.Collection?.Quantity is { } quantity ? FhirDataTypes.ToValue(quantity) : null,
            ParentReferences = context.References(specimen.Parent, "parent"),
        };
    }

    private static DiagnosticReportRecord MapDiagnosticReport(R4.DiagnosticReport report, string sourceId, FhirMappingContext context)
    {
        var effective = FhirDataTypes.ToTime(report.Effective, context, "effective");
        return new DiagnosticReportRecord
        {
            SourceId = sourceId,
            SubjectReference = context.Reference(report.Subject, "subject"),
            Source = context.Position,
            Codes = FhirDataTypes.ToCodings(report.Code),
            CodeText = FhirDataTypes.Text(report.Code),
            Status = FhirDataTypes.Status(report.StatusElement),
            Categories = FhirDataTypes.ToCodings(report.Category),
            EffectiveTime = effective.Start,
            Issued = context.Date(report.Issued, "issued"),
            ResultReferences = context.References(report.Result, "result"),
            SpecimenReferences = context.References(report.Specimen, "specimen"),
            Conclusion = report.Conclusion,
            ConclusionCodes = FhirDataTypes.ToCodings(report.ConclusionCode),
            EncounterReference = context.Reference(report.Encounter, "encounter"),
        };
    }
}

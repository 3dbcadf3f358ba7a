using OmicsBridge.Core.Clinical;
using R4 = Hl7.Fhir.Model;

namespace OmicsBridge.Formats.Fhir;

internal static partial class FhirRecordMapper
{
    private const string Loinc = "http://loinc.org";

    private static ClinicalRecord? MapObservation(R4.Observation observation, string sourceId, FhirMappingContext context)
    {
        if (GenomicsObservationKind(observation) is { } kind)
        {
            return kind == "genotype" ? MapGenotype(observation, sourceId, context) : MapVariant(observation, sourceId, context);
        }

        // Genomics IG helper observations (groupers, TMB, implications) often omit the subject; they are kept.
        var subject = IsGenomicsReportingProfile(observation)
            ? context.Reference(observation.Subject, "subject")
            : RequiredSubject(observation.Subject, "subject", "Observation", context);
        if (subject is null && !context.Rejected)
        {
            context.Warning(FhirIssues.MissingSubject, "subject", "genomics Observation has no subject reference; kept, linked through its report or specimen only");
        }
        var effective = FhirDataTypes.ToTime(observation.Effective, context, "effective");
        var components = new List<ObservationComponent>(observation.Component.Count);
        foreach (var component in observation.Component)
        {
            components.Add(new ObservationComponent(
                FhirDataTypes.ToCodings(component.Code),
                FhirDataTypes.ToValue(component.Value),
                FhirDataTypes.ToCodings(component.Interpretation))
            {
                ReferenceRanges = FhirDataTypes.ToReferenceRanges(component.ReferenceRange),
            });
        }

        var members = new List<string>();
        members.AddRange(context.References(observation.HasMember, "hasMember"));
        members.AddRange(context.References(observation.DerivedFrom, "derivedFrom"));
        return new ObservationRecord
        {
            SourceId = sourceId,
            SubjectReference = subject,
            Source = context.Position,
            Codes = FhirDataTypes.ToCodings(observation.Code),
            CodeText = FhirDataTypes.Text(observation.Code),
            Status = FhirDataTypes.Status(observation.StatusElement),
            Categories = FhirDataTypes.ToCodings(observation.Category),
            Value = FhirDataTypes.ToValue(observation.Value),
            DataAbsentReason = FhirDataTypes.FirstCoding(observation.DataAbsentReason),
            Components = components,
            ReferenceRanges = FhirDataTypes.ToReferenceRanges(observation.ReferenceRange),
            Interpretation = FhirDataTypes.ToCodings(observation.Interpretation),
            EffectiveTime = effective.Start,
            EffectiveEnd = effective.End,
            Issued = context.Date(observation.Issued, "issued"),
            EncounterReference = context.Reference(observation.Encounter, "encounter"),
            SpecimenReference = context.Reference(observation.Specimen, "specimen", "Specimen"),
            MemberReferences = members,
        };
    }
}

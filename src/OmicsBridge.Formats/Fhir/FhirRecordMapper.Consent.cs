using OmicsBridge.Core.Clinical;
using R4 = Hl7.Fhir.Model;

namespace OmicsBridge.Formats.Fhir;

internal static partial class FhirRecordMapper
{
    private static ConsentRecord MapConsent(R4.Consent consent, string sourceId, FhirMappingContext context)
    {
        return new ConsentRecord
        {
            SourceId = sourceId,
            SubjectReference = context.Reference(consent.Patient, "patient"),
            Source = context.Position,
            Status = FhirDataTypes.Status(consent.StatusElement),
            Scope = FhirDataTypes.ToCodings(consent.Scope),
            Categories = FhirDataTypes.ToCodings(consent.Category),
            DateTime = context.Date(consent.DateTime, "dateTime"),
            PolicyRule = FhirDataTypes.FirstCoding(consent.PolicyRule),
            Provision = consent.Provision is null ? null : ToProvision(consent.Provision, "provision", context, depth: 0),
        };
    }

    private static ConsentProvision ToProvision(R4.Consent.provisionComponent provision, string field, FhirMappingContext context, int depth)
    {
        var actors = new List<ConsentActor>(provision.Actor.Count);
        for (var i = 0; i < provision.Actor.Count; i++)
        {
            var actor = provision.Actor[i];
            actors.Add(new ConsentActor(FhirDataTypes.FirstCoding(actor.Role), context.Reference(actor.Reference, $"{field}.actor[{i}].reference")));
        }

        // Real consents nest at most a few levels; the cap keeps a hostile document from recursing without end.
        var nested = new List<ConsentProvision>();
        if (depth < 8)
        {
            for (var i = 0; i < provision.Provision.Count; i++)
            {
                nested.Add(ToProvision(provision.Provision[i], $"{field}.provision[{i}]", context, depth + 1));
            }
        }

        return new ConsentProvision
        {
            Type = FhirDataTypes.Status(provision.TypeElement),
            Period = provision.Period is null
                ? null
                : new Period(context.Date(provision.Period.Start, field + ".period.start"), context.Date(provision.Period.End, field + ".period.end")),
            Actors = actors,
            Actions = FhirDataTypes.ToCodings(provision.Action),
            Purposes = FhirDataTypes.ToCodings(provision.Purpose),
            SecurityLabels = FhirDataTypes.ToCodings(provision.SecurityLabel),
            DataClasses = FhirDataTypes.ToCodings(provision.Class),
            Provisions = nested,
        };
    }
}

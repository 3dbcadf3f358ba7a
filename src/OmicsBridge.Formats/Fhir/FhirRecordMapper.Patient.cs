using OmicsBridge.Core.Clinical;
using R4 = Hl7.Fhir.Model;

namespace OmicsBridge.Formats.Fhir;

internal static partial class FhirRecordMapper
{
    private static PatientRecord MapPatient(R4.Patient patient, string sourceId, FhirMappingContext context)
    {
        var birthDate = context.Date(patient.BirthDate, "birthDate");
        bool? deceased = null;
        PartialDateTime? deathDate = null;
        switch (patient.Deceased)
        {
            case R4.FhirBoolean flag:
                deceased = flag.Value;
                break;
            case R4.FhirDateTime deathDateTime:
                deathDate = context.Date(deathDateTime.Value, "deceasedDateTime");
                deceased = true;
                break;
        }

        return new PatientRecord
        {
            SourceId = sourceId,
            SubjectReference = "Patient/" + sourceId,
            Source = context.Position,
            Identifiers = FhirDataTypes.ToIdentifiers(patient.Identifier),
            Sex = ToSex(patient.GenderElement?.JsonValue as string),
            BirthDate = birthDate,
            Deceased = deceased,
            DeathDate = deathDate,
            Contact = ToContact(patient),
        };
    }

    private static AdministrativeSex ToSex(string? gender) => gender switch
    {
        "male" => AdministrativeSex.Male,
        "female" => AdministrativeSex.Female,
        "other" => AdministrativeSex.Other,
        _ => AdministrativeSex.Unknown,
    };

    private static PatientContact ToContact(R4.Patient patient)
    {
        if (patient.Name.Count == 0 && patient.Address.Count == 0 && patient.Telecom.Count == 0)
        {
            return PatientContact.Empty;
        }

        return new PatientContact
        {
            Names = patient.Name.ConvertAll(n => new PersonName(n.UseElement?.JsonValue as string, n.Family, n.Given.OfType<string>().ToList(), n.Text)),
            Addresses = patient.Address.ConvertAll(a => new PostalAddress(
                a.UseElement?.JsonValue as string, a.Line.OfType<string>().ToList(), a.City, a.District, a.State, a.PostalCode, a.Country)),
            Telecom = patient.Telecom.ConvertAll(t => new ContactPoint(t.SystemElement?.JsonValue as string, t.Value, t.UseElement?.JsonValue as string)),
        };
    }
}

using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Vocabulary;

namespace OmicsBridge.Formats.Tests.Fhir;

public sealed partial class FhirResourceReaderTests
{
    [Fact]
    public void ReadPath_ConsentExample_ReadsStatusScopePolicyAndProvisionPeriod()
    {
        var (records, _) = ReadShared("fhir/r4-core-examples/consent-example.json");

        var consent = Assert.IsType<ConsentRecord>(Assert.Single(records));
        Assert.Equal("active", consent.Status);
        Assert.Equal("patient-privacy", Assert.Single(consent.Scope).Code);
        Assert.Equal("OPTIN", consent.PolicyRule?.Code);
        Assert.Equal("Patient/f001", consent.SubjectReference);
        Assert.Equal(new DateOnly(2016, 5, 11), consent.DateTime?.Start);
        Assert.Equal(new DateOnly(1964, 1, 1), consent.Provision?.Period?.Start?.Start);
        Assert.Equal(new DateOnly(2016, 1, 1), consent.Provision?.Period?.End?.Start);
    }

    [Fact]
    public void ReadPath_ConsentWithDuoPurpose_ReadsPurposesAndNestedDenyWithActor()
    {
        var (records, _) = ReadFixture("fhir/consent-duo-research.json");

        var consent = Assert.IsType<ConsentRecord>(Assert.Single(records));
        var provision = Assert.IsType<ConsentProvision>(consent.Provision);
        Assert.Equal("permit", provision.Type);
        var purpose = Assert.Single(provision.Purposes);
        Assert.Equal(VocabularyId.Duo, purpose.Vocabulary);
        Assert.Equal("DUO:0000007", purpose.Code);
        var deny = Assert.Single(provision.Provisions);
        Assert.Equal("deny", deny.Type);
        Assert.Equal("HMARKT", Assert.Single(deny.Purposes).Code);
        var actor = Assert.Single(deny.Actors);
        Assert.Equal("IRCP", actor.Role?.Code);
        Assert.Equal("Organization/commercial-partner", actor.Reference);
    }

    [Fact]
    public void ReadPath_SpecimenExample_ReadsAccessionTypeAndSubject()
    {
        var (records, _) = ReadShared("fhir/r4-core-examples/specimen-example.json");

        var specimen = Assert.IsType<SpecimenRecord>(Assert.Single(records));
        Assert.Equal("101", specimen.SourceId);
        Assert.Equal("X352356", specimen.AccessionIdentifier);
        var type = Assert.Single(specimen.Types);
        Assert.Equal(VocabularyId.Snomed, type.Vocabulary);
        Assert.Equal("122555007", type.Code);
        Assert.Equal("Patient/example", specimen.SubjectReference);
    }

    [Fact]
    public void ReadPath_MedicationAdministrationWithContainedMedication_ReadsRxNormDoseAndPeriod()
    {
        var (records, reader) = ReadFixture("fhir/medication-administration-contained.json");

        var medication = Assert.IsType<MedicationRecord>(Assert.Single(records));
        Assert.Empty(reader.Issues);
        Assert.Equal(MedicationRecordKind.Administration, medication.Kind);
        var code = Assert.Single(medication.Codes);
        Assert.Equal(VocabularyId.RxNorm, code.Vocabulary);
        Assert.Equal("1049221", code.Code);
        Assert.Equal(650m, medication.Dose?.ValueNumber);
        Assert.Equal("mg", medication.Dose?.Unit);
        Assert.Equal("2 tablets", medication.DoseText);
        Assert.Equal("26643006", Assert.Single(medication.Routes).Code);
        Assert.Equal(new DateTimeOffset(2015, 1, 15, 14, 30, 0, TimeSpan.FromHours(1)), medication.StartDate?.Instant);
    }
}

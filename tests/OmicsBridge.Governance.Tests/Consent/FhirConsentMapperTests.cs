using OmicsBridge.Core.Access;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Vocabulary;
using OmicsBridge.Governance.Consent;

namespace OmicsBridge.Governance.Tests.Consent;

public sealed class FhirConsentMapperTests
{
    private static readonly DateOnly s_today = new(2026, 6, 1);

    private static ConsentRecord Consent(string status, ConsentProvision? provision) => new()
    {
        SourceId = "consent-1",
        SubjectReference = "Patient/123",
        Source = new SourcePosition("consent.json", 1),
        Status = status,
        DateTime = PartialDateTime.TryParse("2020-01-01", out var date) ? date : null,
        Provision = provision,
    };

    private static Coding Duo(string code) => new(VocabularyId.Duo, code, null, "http://purl.obolibrary.org/obo/duo.owl");

    [Fact]
    public void Map_ActivePermitWithNestedGenomicDeny_AllowsClinicalOnly()
    {
        var provision = new ConsentProvision
        {
            Type = "permit",
            Purposes = [Duo("DUO:0000006"), Duo("0000019")],
            Provisions = [new ConsentProvision { Type = "deny", DataClasses = [new Coding(null, "genomic")] }],
        };

        var (records, skipped) = FhirConsentMapper.Map(Consent("active", provision));
        var evaluator = new ConsentEvaluator(records);

        Assert.Null(skipped);
        Assert.Equal(2, records.Count);
        Assert.Equal(("Patient/123", FhirConsentMapper.IdentifierSystem), (records[0].PatientId, records[0].IdentifierSystem));
        Assert.Contains(DuoCodes.PublicationRequired, records[0].Modifiers);
        Assert.True(evaluator.Evaluate("Patient/123", Purpose.HealthMedicalBiomedical, "clinical", s_today).Usable);
        Assert.Equal(ConsentOutcome.Withdrawn, evaluator.Evaluate("Patient/123", Purpose.HealthMedicalBiomedical, "genomic", s_today).Outcome);
    }

    [Theory]
    [InlineData("inactive")]
    [InlineData("rejected")]
    public void Map_InactiveOrRejected_IsAWithdrawal(string status)
    {
        var (records, _) = FhirConsentMapper.Map(Consent(status, new ConsentProvision { Type = "permit", Purposes = [Duo("DUO:0000042")] }));

        Assert.All(records, r => Assert.Equal(ConsentStatus.Withdrawn, r.Status));
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("proposed")]
    [InlineData("entered-in-error")]
    public void Map_NotInForce_YieldsNothingWithReason(string status)
    {
        var (records, skipped) = FhirConsentMapper.Map(Consent(status, null));

        Assert.Empty(records);
        Assert.Contains(status, skipped, StringComparison.Ordinal);
    }
}

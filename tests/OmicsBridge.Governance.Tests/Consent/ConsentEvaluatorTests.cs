using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Consent;

namespace OmicsBridge.Governance.Tests.Consent;

public sealed class ConsentEvaluatorTests
{
    private static readonly DateOnly s_today = new(2026, 6, 1);

    private static PatientConsent Consent(string patient, ConsentStatus status, string purposes, string modifiers = "", string categories = "",
        string? start = null, string? end = null, long order = 0)
        => new(patient, status,
            [.. purposes.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(Purpose.Parse)],
            modifiers.Split(';', StringSplitOptions.RemoveEmptyEntries).Select(m => ConsentModifiers.Parse(m)!).ToHashSet(StringComparer.OrdinalIgnoreCase),
            categories.Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.OrdinalIgnoreCase),
            start is null ? null : DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            end is null ? null : DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture),
            order);

    [Fact]
    public void Evaluate_ActiveGruForHmb_IsPermitted()
    {
        var evaluator = new ConsentEvaluator([Consent("P1", ConsentStatus.Active, "GRU")]);

        Assert.True(evaluator.Evaluate("P1", Purpose.HealthMedicalBiomedical, "clinical", s_today).Usable);
    }

    [Fact]
    public void Evaluate_NoRecord_IsDeniedByDefaultAndPermittedWhenConfigured()
    {
        Assert.Equal(ConsentOutcome.NoConsent, new ConsentEvaluator([]).Evaluate("P1", Purpose.GeneralResearch, "clinical", s_today).Outcome);
        Assert.True(new ConsentEvaluator([], MissingConsentPolicy.Permit).Evaluate("P1", Purpose.GeneralResearch, "clinical", s_today).Usable);
    }

    [Fact]
    public void Evaluate_LaterWithdrawal_OverridesEarlierConsent()
    {
        var evaluator = new ConsentEvaluator(
        [
            Consent("P1", ConsentStatus.Active, "GRU", start: "2020-01-01", order: 1),
            Consent("P1", ConsentStatus.Withdrawn, "", start: "2025-01-01", order: 2),
        ]);

        Assert.Equal(ConsentOutcome.Withdrawn, evaluator.Evaluate("P1", Purpose.GeneralResearch, "clinical", s_today).Outcome);
        Assert.True(evaluator.Evaluate("P1", Purpose.GeneralResearch, "clinical", new DateOnly(2024, 6, 1)).Usable);
    }

    [Fact]
    public void Evaluate_GenomicWithdrawnOnly_KeepsClinicalUsable()
    {
        var evaluator = new ConsentEvaluator(
        [
            Consent("P1", ConsentStatus.Active, "HMB", start: "2020-01-01", order: 1),
            Consent("P1", ConsentStatus.Withdrawn, "", categories: "genomic", start: "2022-01-01", order: 2),
        ]);

        Assert.True(evaluator.Evaluate("P1", Purpose.HealthMedicalBiomedical, "clinical", s_today).Usable);
        Assert.False(evaluator.Evaluate("P1", Purpose.HealthMedicalBiomedical, "genomic", s_today).Usable);
    }

    [Fact]
    public void Evaluate_EndDatePassedOrExpiredStatus_IsExpired()
    {
        var evaluator = new ConsentEvaluator(
        [
            Consent("P1", ConsentStatus.Active, "GRU", end: "2025-12-31"),
            Consent("P2", ConsentStatus.Expired, "GRU"),
        ]);

        Assert.Equal(ConsentOutcome.Expired, evaluator.Evaluate("P1", Purpose.GeneralResearch, "clinical", s_today).Outcome);
        Assert.Equal(ConsentOutcome.Expired, evaluator.Evaluate("P2", Purpose.GeneralResearch, "clinical", s_today).Outcome);
    }

    [Fact]
    public void Evaluate_StartsInFuture_IsNotYetValid()
    {
        var evaluator = new ConsentEvaluator([Consent("P1", ConsentStatus.Active, "GRU", start: "2027-01-01")]);

        Assert.Equal(ConsentOutcome.NotYetValid, evaluator.Evaluate("P1", Purpose.GeneralResearch, "clinical", s_today).Outcome);
    }

    [Fact]
    public void Evaluate_DiseaseSpecificConsent_RefusesOtherDiseaseAndGeneralResearch()
    {
        var evaluator = new ConsentEvaluator([Consent("P1", ConsentStatus.Active, "DS:MONDO:0005015")]);

        Assert.True(evaluator.Evaluate("P1", Purpose.DiseaseSpecific("MONDO:0005015"), "clinical", s_today).Usable);
        Assert.Equal(ConsentOutcome.PurposeNotPermitted, evaluator.Evaluate("P1", Purpose.DiseaseSpecific("MONDO:0004975"), "clinical", s_today).Outcome);
        Assert.Equal(ConsentOutcome.PurposeNotPermitted, evaluator.Evaluate("P1", Purpose.GeneralResearch, "clinical", s_today).Outcome);
    }

    [Fact]
    public void Evaluate_ConditionModifier_NeedsAttestationAndObligationIsReported()
    {
        var evaluator = new ConsentEvaluator([Consent("P1", ConsentStatus.Active, "GRU", modifiers: "NCU;PUB")]);
        var attested = new HashSet<string>([DuoCodes.NonCommercialUse], StringComparer.OrdinalIgnoreCase);

        Assert.Equal(ConsentOutcome.ConditionNotMet, evaluator.Evaluate("P1", Purpose.GeneralResearch, "clinical", s_today).Outcome);
        var permitted = evaluator.Evaluate("P1", Purpose.GeneralResearch, "clinical", s_today, attested);
        Assert.True(permitted.Usable);
        Assert.Contains(DuoCodes.PublicationRequired, permitted.Obligations);
    }

    [Fact]
    public void Evaluate_NpoaModifier_ForbidsAncestryResearchUnderGru()
    {
        var evaluator = new ConsentEvaluator([Consent("P1", ConsentStatus.Active, "GRU", modifiers: "NPOA")]);

        Assert.False(evaluator.Evaluate("P1", Purpose.Parse("POA"), "genomic", s_today).Usable);
        Assert.True(evaluator.Evaluate("P1", Purpose.HealthMedicalBiomedical, "genomic", s_today).Usable);
    }

    [Fact]
    public void Effective_MixedPatients_ListsUsablePairsAndCountsExclusions()
    {
        var evaluator = new ConsentEvaluator(
        [
            Consent("P1", ConsentStatus.Active, "GRU"),
            Consent("P2", ConsentStatus.Withdrawn, "GRU"),
            Consent("P3", ConsentStatus.Active, "GRU", categories: "clinical"),
        ]);

        var (rows, summary) = evaluator.Effective(["P1", "P2", "P3", "P4"], Purpose.GeneralResearch, ["clinical", "genomic"], s_today);

        Assert.Equal([("P1", "clinical"), ("P1", "genomic"), ("P3", "clinical")], rows);
        Assert.Equal((4, 2, 2), (summary.Patients, summary.Included, summary.Excluded));
        Assert.Equal(1, summary.ExcludedBy[ConsentOutcome.Withdrawn]);
        Assert.Equal(1, summary.ExcludedBy[ConsentOutcome.NoConsent]);
    }
}

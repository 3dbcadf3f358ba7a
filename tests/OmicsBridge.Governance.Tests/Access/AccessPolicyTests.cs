using OmicsBridge.Core.Access;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Access;

namespace OmicsBridge.Governance.Tests.Access;

public sealed class AccessPolicyTests
{
    private static readonly AccessPolicy s_policy = AccessPolicy.Default;

    [Fact]
    public void Decide_ClinicianWithClinicalCare_IsAllowedIdentifiedRead()
    {
        var caller = new CallerIdentity("dr.house", Role.Clinician, Purpose.ClinicalCare);

        Assert.True(s_policy.Decide(caller, DataAction.ReadIdentified).Allowed);
    }

    [Fact]
    public void Decide_ClinicianWithResearchPurpose_IsRefusedWithReason()
    {
        var caller = new CallerIdentity("dr.house", Role.Clinician, Purpose.GeneralResearch);

        var decision = s_policy.Decide(caller, DataAction.ReadIdentified);

        Assert.False(decision.Allowed);
        Assert.Contains("DUO:0000043", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GRU", true)]
    [InlineData("HMB", true)]
    [InlineData("DS:MONDO:0005015", true)]
    [InlineData("CC", false)]
    [InlineData("NRES", false)]
    public void Decide_ResearcherPseudonymisedRead_AllowsOnlyResearchPurposes(string purpose, bool allowed)
    {
        var caller = new CallerIdentity("rita", Role.Researcher, Purpose.Parse(purpose));

        Assert.Equal(allowed, s_policy.Decide(caller, DataAction.ReadPseudonymised).Allowed);
    }

    [Fact]
    public void Decide_ResearcherIdentifiedRead_IsRefused()
    {
        var caller = new CallerIdentity("rita", Role.Researcher, Purpose.GeneralResearch);

        var decision = s_policy.Decide(caller, DataAction.ReadIdentified);

        Assert.False(decision.Allowed);
        Assert.Equal(ErrorKind.Forbidden, Assert.Throws<OmicsBridgeException>(() => decision.EnsureAllowed()).Kind);
    }

    [Fact]
    public void Decide_ResearcherWithoutPurpose_IsRefusedAskingForOne()
    {
        var decision = s_policy.Decide(new CallerIdentity("rita", Role.Researcher, null), DataAction.ReadPseudonymised);

        Assert.False(decision.Allowed);
        Assert.Contains("Declare a purpose", decision.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DataAction.ReadAudit, true)]
    [InlineData(DataAction.ReadPseudonymised, false)]
    [InlineData(DataAction.ReadIdentified, false)]
    [InlineData(DataAction.Ingest, false)]
    public void Decide_Auditor_OnlyReadsTheAuditLog(DataAction action, bool allowed)
        => Assert.Equal(allowed, s_policy.Decide(new CallerIdentity("aud", Role.Auditor, Purpose.GeneralResearch), action).Allowed);

    [Fact]
    public void Decide_StewardReIdentify_IsAllowedAndResearcherIsNot()
    {
        Assert.True(s_policy.Decide(new CallerIdentity("s", Role.DataSteward, Purpose.GeneralResearch), DataAction.ReIdentify).Allowed);
        Assert.False(s_policy.Decide(new CallerIdentity("r", Role.Researcher, Purpose.GeneralResearch), DataAction.ReIdentify).Allowed);
    }

    [Fact]
    public void Decide_UnknownRole_IsRefusedListingKnownRoles()
    {
        var decision = s_policy.Decide(new CallerIdentity("x", "hacker", Purpose.GeneralResearch), DataAction.ReadPseudonymised);

        Assert.False(decision.Allowed);
        Assert.Contains("researcher", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RolesSection_ReplacesDefaultsAndDecidesFromIt()
    {
        const string yaml = """
            project: demo
            roles:
              diabetes_analyst:
                actions: [read_pseudonymised]
                purposes: [DS:MONDO:0005015]
              auditor:
                actions: [read_audit]
            profiles:
              default: { user: alice, role: diabetes_analyst, purpose: "DS:MONDO:0005015" }
            """;

        var policy = AccessPolicyLoader.Load(new StringReader(yaml), "omicsbridge.yaml");
        var analyst = policy.ResolveCaller(null, null, null, null);

        Assert.Equal(CallerSource.DefaultProfile, analyst.Source);
        Assert.Equal("alice", analyst.User);
        Assert.True(policy.Decide(analyst, DataAction.ReadPseudonymised).Allowed);
        Assert.False(policy.Decide(analyst with { Purpose = Purpose.DiseaseSpecific("MONDO:0004975") }, DataAction.ReadPseudonymised).Allowed);
        Assert.Null(policy.FindRole(Role.Researcher));
    }

    [Fact]
    public void Load_NoRolesSection_UsesDefaults()
    {
        var policy = AccessPolicyLoader.Load(new StringReader("project: demo\n"), "omicsbridge.yaml");

        Assert.Equal(5, policy.Roles.Count);
        Assert.NotNull(policy.FindRole(Role.Clinician));
    }

    [Fact]
    public void Load_UnknownActionAndBadPurpose_ReportsPositionedIssues()
    {
        const string yaml = """
            roles:
              researcher:
                actions: [read_everything]
                purposes: [DUO:9]
            """;

        var error = Assert.Throws<OmicsBridgeException>(() => AccessPolicyLoader.Load(new StringReader(yaml), "omicsbridge.yaml"));

        Assert.Contains(error.Issues, i => i.Code == "GOV103" && i.Line == 3);
        Assert.Contains(error.Issues, i => i.Code == "GOV104" && i.Line == 4);
    }

    [Fact]
    public void ResolveCaller_NoRoleNoProfiles_IsLocalDataSteward()
    {
        var caller = AccessPolicy.Default.ResolveCaller(null, null, null, null);

        Assert.Equal(Role.DataSteward, caller.Role);
        Assert.Equal(CallerSource.DefaultProfile, caller.Source);
    }

    [Fact]
    public void ResolveCaller_FlagsGiven_WinAndAreRecordedAsFlags()
    {
        var caller = AccessPolicy.Default.ResolveCaller(null, "rita", "researcher", "HMB");

        Assert.Equal(("rita", "researcher", DuoCodes.HealthMedicalBiomedical, CallerSource.Flags),
            (caller.User, caller.Role, caller.Purpose!.Code, caller.Source));
    }
}

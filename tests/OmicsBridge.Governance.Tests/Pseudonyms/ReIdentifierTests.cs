using OmicsBridge.Core.Access;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Access;
using OmicsBridge.Governance.Audit;
using OmicsBridge.Governance.Pseudonyms;
using OmicsBridge.Testing;

namespace OmicsBridge.Governance.Tests.Pseudonyms;

public sealed class ReIdentifierTests
{
    [Fact]
    public void Map_Steward_MapsKnownIdsAndAuditsEachMapping()
    {
        using var folder = new TempDirectory();
        var pseudonyms = new Pseudonymizer(new byte[32]);
        var audit = new AuditLog(folder.Path);
        var broker = new ReIdentifier(pseudonyms, AccessPolicy.Default, audit);
        var steward = new CallerIdentity("sam", Role.DataSteward, Purpose.ClinicalCare);

        var result = broker.Map(steward, [pseudonyms.ResearchId("P2"), "rid-000000000000000000000000"], ["P1", "P2", "P3"]);

        Assert.Equal(2, result.Count);
        Assert.Contains(result, r => r.PatientId == "P2");
        Assert.Contains(result, r => r.PatientId is null);
        var entries = audit.Read().ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(("re_identify", "sam"), (e.Event.Action, e.Event.User)));
        Assert.Contains(entries, e => e.Event.Outcome == "mapped" && e.Event.What == pseudonyms.ResearchId("P2"));
        Assert.True(audit.Verify().Valid);
    }

    [Fact]
    public void Map_Researcher_IsRefusedAndTheRefusalIsAudited()
    {
        using var folder = new TempDirectory();
        var audit = new AuditLog(folder.Path);
        var broker = new ReIdentifier(new Pseudonymizer(new byte[32]), AccessPolicy.Default, audit);

        var error = Assert.Throws<OmicsBridgeException>(() =>
            broker.Map(new CallerIdentity("rita", Role.Researcher, Purpose.GeneralResearch), ["rid-x"], ["P1"]));

        Assert.Equal(ErrorKind.Forbidden, error.Kind);
        Assert.Equal("refused", Assert.Single(audit.Read()).Event.Outcome);
    }
}

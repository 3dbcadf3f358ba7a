using OmicsBridge.Core.Access;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Access;
using OmicsBridge.Governance.Gate;

namespace OmicsBridge.Governance.Tests.Gate;

public sealed class QueryGateTests : IDisposable
{
    private static readonly CallerIdentity s_researcher = new("rita", Role.Researcher, Purpose.GeneralResearch);
    private readonly GateLake _lake = new();

    [Fact]
    public void Query_Researcher_SeesOnlyConsentingPatientsAndIsToldHowManyWereExcluded()
    {
        using var result = Gate().Query(new QueryRequest("SELECT research_id FROM patient ORDER BY 1", Caller: s_researcher));
        var ids = result.ReadRows().Select(r => (string)r[0]!).ToList();

        Assert.Equal(6, ids.Count);
        Assert.All(ids, id => Assert.StartsWith("rid-", id, StringComparison.Ordinal));
        Assert.Equal(2, result.PatientsExcludedByConsent);
    }

    [Fact]
    public void Query_ResearcherJoinSubqueryPaging_NeverReachesTheWithdrawnPatientsSample()
    {
        const string sql = "SELECT s.sample_id, p.research_id FROM sample s JOIN patient p USING (research_id) "
            + "WHERE s.research_id IN (SELECT research_id FROM sample) ORDER BY 1 LIMIT 100 OFFSET 0";
        using var result = Gate().Query(new QueryRequest(sql, Caller: s_researcher));
        var rows = result.ReadRows().ToList();

        Assert.Equal(6, rows.Count);
        Assert.DoesNotContain(rows, r => ((string)r[0]!).Contains("P8", StringComparison.Ordinal) || ((string)r[0]!).StartsWith("S-", StringComparison.Ordinal));
    }

    [Fact]
    public void Query_ResearcherOver89_GetsNoBirthYearAndNoIdentifierColumns()
    {
        using var result = Gate().Query(new QueryRequest("SELECT * FROM patient", Caller: s_researcher));
        var names = result.Columns.Select(c => c.Name).ToList();
        var rows = result.ReadRows().ToList();

        Assert.All(rows, r => Assert.Equal(r[names.IndexOf("research_id")], r[names.IndexOf("patient_id")]));
        Assert.All(rows, r => Assert.True(r[names.IndexOf("birth_date")] is null or DateOnly { Month: 7, Day: 1 } or DateTime { Month: 7, Day: 1 }));
        var years = rows.Select(r => r[names.IndexOf("birth_year")]).ToList();
        Assert.Single(years, y => y is null);
    }

    [Fact]
    public void Query_ResearcherNamesTheLakeCatalogOrPseudonymMap_FindsNothing()
    {
        var gate = Gate();

        var map = Assert.Throws<OmicsBridgeException>(() => gate.Query(new QueryRequest("SELECT * FROM governance.pseudonym_map", Caller: s_researcher)));
        var extra = Assert.Throws<OmicsBridgeException>(() => gate.Query(new QueryRequest("SELECT extra FROM sample", Caller: s_researcher)));

        Assert.Equal(ErrorKind.InvalidInput, map.Kind);
        Assert.Equal(ErrorKind.InvalidInput, extra.Kind);
    }

    [Fact]
    public void Query_WithdrawalAfterwards_AppliesToTheNextQuery()
    {
        var gate = Gate();
        Assert.Equal(6, Count(gate, "SELECT count(*) FROM sample"));

        _lake.AddConsent("P1", "withdrawn");

        Assert.Equal(5, Count(gate, "SELECT count(*) FROM sample"));
    }

    [Fact]
    public void Query_TimeTravelToBeforeAWithdrawal_StillAppliesTodaysConsent()
    {
        var gate = Gate();
        var before = gate.Snapshot().Version;
        _lake.AddConsent("P1", "withdrawn");

        using var result = gate.Query(new QueryRequest("SELECT count(*) FROM sample", before, s_researcher));

        Assert.True(result.Read());
        Assert.Equal(5L, Convert.ToInt64(result[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Query_DefaultProfile_ReadsIdentifiedDataAsDataSteward()
    {
        var gate = Gate();
        using var result = gate.Query(new QueryRequest("SELECT patient_id FROM patient"));

        Assert.Equal(Role.DataSteward, gate.Caller.Role);
        Assert.Equal(CallerSource.DefaultProfile, gate.Caller.Source);
        Assert.Equal(8, result.ReadRows().Count());
        Assert.Null(result.PatientsExcludedByConsent);
    }

    [Fact]
    public void Query_ResearcherSmallCount_IsHiddenWithItsComplement()
    {
        // Groups of 1 (P1's sex differs by parity: 3 male, 3 female among consenting) — all below 5, so all hidden.
        using var result = Gate().Query(new QueryRequest("SELECT sex, count(*) AS n FROM patient GROUP BY sex", Caller: s_researcher));
        var rows = result.ReadRows().ToList();

        Assert.All(rows, r => Assert.Null(r[1]));
        Assert.Equal(2, result.SuppressedCells);
    }

    [Theory]
    [InlineData(Role.Researcher, DuoCodes.ClinicalCare)]
    [InlineData(Role.Clinician, DuoCodes.GeneralResearchUse)]
    [InlineData(Role.Auditor, DuoCodes.GeneralResearchUse)]
    public void Query_PurposeTheRoleDoesNotHold_IsForbiddenAndAudited(string role, string purpose)
    {
        var gate = Gate();
        var caller = new CallerIdentity("mallory", role, Purpose.Parse(purpose));

        var error = Assert.Throws<OmicsBridgeException>(() => gate.Query(new QueryRequest("SELECT 1", Caller: caller)));

        Assert.Equal(ErrorKind.Forbidden, error.Kind);
        var entry = gate.Governance.Audit.Read(user: "mallory").Single();
        Assert.Equal("refusal", entry.Event.Action);
        Assert.Equal(error.Message, entry.Event.Reason);
    }

    [Fact]
    public void Query_Disposed_AppendsAnAuditEntryWithTablesAndPatientsReturned()
    {
        var gate = Gate();
        using (var result = gate.Query(new QueryRequest("SELECT research_id FROM sample", Caller: s_researcher)))
        {
            Assert.Equal(6, result.ReadRows().Count());
        }

        var entry = gate.Governance.Audit.Read(user: "rita").Single();
        Assert.Equal("query", entry.Event.Action);
        Assert.Equal(["sample"], entry.Event.Tables);
        Assert.Equal(6, entry.Event.PatientsReturned);
        Assert.Equal("DUO:0000042", entry.Event.Purpose);
        Assert.True(gate.Governance.Audit.Verify().Valid);
    }

    [Fact]
    public void RowCounts_Researcher_CountsGovernedTablesOnly()
    {
        var counts = Gate().RowCounts(caller: s_researcher);

        Assert.Equal(6, counts["sample"]);
        Assert.False(counts.ContainsKey("consent"));
    }

    public void Dispose() => _lake.Dispose();

    private QueryGate Gate() => new(_lake.Lake);

    private static long Count(QueryGate gate, string sql)
    {
        using var result = gate.Query(new QueryRequest(sql, Caller: s_researcher));
        Assert.True(result.Read());
        return Convert.ToInt64(result[0], System.Globalization.CultureInfo.InvariantCulture);
    }
}

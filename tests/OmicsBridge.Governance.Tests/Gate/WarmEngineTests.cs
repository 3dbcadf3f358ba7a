using System.Globalization;
using OmicsBridge.Core.Access;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Access;
using OmicsBridge.Governance.Gate;

namespace OmicsBridge.Governance.Tests.Gate;

/// <summary>The engine a gate keeps between identified reads: never stale, never shared with a researcher's read.</summary>
public sealed class WarmEngineTests : IDisposable
{
    private static readonly CallerIdentity s_researcher = new("rita", Role.Researcher, Purpose.GeneralResearch);
    private readonly GateLake _lake = new();

    [Fact]
    public void Query_IdentifiedAfterANewLakeVersion_ReadsTheNewVersion()
    {
        using var gate = new QueryGate(_lake.Lake);
        Assert.Equal(7, Count(gate, "SELECT count(*) FROM consent"));

        _lake.AddConsent("P1", "withdrawn");

        Assert.Equal(8, Count(gate, "SELECT count(*) FROM consent"));
    }

    [Fact]
    public void Query_TwoIdentifiedResultsOpenAtOnce_BothReadAllTheirRows()
    {
        using var gate = new QueryGate(_lake.Lake);
        using var first = gate.Query(new QueryRequest("SELECT patient_id FROM patient ORDER BY 1"));
        Assert.True(first.Read());

        Assert.Equal(8, Count(gate, "SELECT count(*) FROM sample"));

        Assert.Equal(7, first.ReadRows().Count());
    }

    [Fact]
    public void Query_ResearcherBetweenIdentifiedReads_SeesGovernedRowsOnlyAndLeavesNothingBehind()
    {
        using var gate = new QueryGate(_lake.Lake);
        Assert.Equal(8, Count(gate, "SELECT count(*) FROM patient"));

        var baseTable = Assert.Throws<OmicsBridgeException>(() => Count(gate, "SELECT count(*) FROM patient_identifier", s_researcher));
        Assert.Equal(ErrorKind.Forbidden, baseTable.Kind);
        Assert.Equal(6, Count(gate, "SELECT count(*) FROM patient", s_researcher));

        Assert.Equal(8, Count(gate, "SELECT count(DISTINCT patient_id) FROM patient"));
    }

    [Fact]
    public void Query_WithdrawalBetweenResearcherReads_AppliesToTheNextOneOnTheSameGate()
    {
        using var gate = new QueryGate(_lake.Lake);
        Assert.Equal(6, Count(gate, "SELECT count(*) FROM sample", s_researcher));
        Assert.Equal(8, Count(gate, "SELECT count(*) FROM sample"));

        _lake.AddConsent("P2", "withdrawn");

        Assert.Equal(5, Count(gate, "SELECT count(*) FROM sample", s_researcher));
    }

    [Fact]
    public void RowCounts_IdentifiedAndResearcherInTurn_EachSeeTheirOwnRows()
    {
        using var gate = new QueryGate(_lake.Lake);
        Assert.Equal(8, gate.RowCounts()["patient"]);
        Assert.Equal(6, gate.RowCounts(caller: s_researcher)["sample"]);

        Assert.Equal(8, Count(gate, "SELECT count(*) FROM patient"));
        Assert.Equal(6, Count(gate, "SELECT count(*) FROM sample", s_researcher));
        Assert.Equal(8, gate.RowCounts()["sample"]);
    }

    [Fact]
    public void Query_IdentifiedAfterAFailedStatement_ReadsNormally()
    {
        using var gate = new QueryGate(_lake.Lake);
        Assert.Throws<OmicsBridgeException>(() => Count(gate, "SELECT count(no_such_column) FROM patient"));
        Assert.Throws<OmicsBridgeException>(() => Count(gate, "DROP VIEW patient"));

        Assert.Equal(8, Count(gate, "SELECT count(*) FROM patient"));
    }

    [Fact]
    public void Query_RepeatedIdentifiedReads_AreEachAudited()
    {
        using var gate = new QueryGate(_lake.Lake);
        Count(gate, "SELECT count(*) FROM patient");
        Count(gate, "SELECT count(*) FROM sample");

        var entries = gate.Governance.Audit.Read(user: gate.Caller.User).Where(e => e.Event.Action == "query").ToList();
        Assert.Equal(2, entries.Count);
    }

    [Fact]
    public void Dispose_WhileAResultIsOpen_TheResultStillReads()
    {
        var gate = new QueryGate(_lake.Lake);
        Count(gate, "SELECT count(*) FROM patient");
        using var result = gate.Query(new QueryRequest("SELECT patient_id FROM patient"));

        gate.Dispose();

        Assert.Equal(8, result.ReadRows().Count());
    }

    public void Dispose() => _lake.Dispose();

    private static long Count(QueryGate gate, string sql, CallerIdentity? caller = null)
    {
        using var result = gate.Query(new QueryRequest(sql, Caller: caller));
        Assert.True(result.Read());
        return Convert.ToInt64(result[0], CultureInfo.InvariantCulture);
    }
}

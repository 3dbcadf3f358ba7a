using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Query;
using OmicsBridge.Lake.Workspace;
using OmicsBridge.Testing;

namespace OmicsBridge.Governance.Tests.Gate;

public sealed class StatementGuardTests : IDisposable
{
    private readonly TempDirectory _temp = new("ob-guard");
    private readonly LakeQueryEngine _engine;

    public StatementGuardTests()
    {
        var lake = new LakeStore(Workspace.Init(_temp.Combine("ws")));
        _engine = LakeQueryEngine.Open(lake.GetSnapshot());
    }

    [Theory]
    [InlineData("SELECT * FROM read_parquet('x.parquet')", "read_parquet")]
    [InlineData("SELECT * FROM read_csv('/etc/passwd')", "read_csv")]
    [InlineData("SELECT * FROM glob('*')", "glob")]
    [InlineData("SELECT * FROM 'lake/patient/part.parquet'", "not a lake table")]
    [InlineData("SELECT * FROM query('SELECT 1')", "query")]
    [InlineData("SELECT * FROM other.main.patient", "not a lake table")]
    [InlineData("ATTACH 'x.db' AS x", "not ATTACH")]
    [InlineData("COPY patient TO 'x.csv'", "not COPY")]
    [InlineData("PRAGMA database_list", "not PRAGMA")]
    [InlineData("SET enable_external_access = true", "not SET")]
    [InlineData("INSTALL httpfs", "not INSTALL")]
    [InlineData("LOAD httpfs", "not LOAD")]
    [InlineData("EXPORT DATABASE 'dump'", "not EXPORT")]
    [InlineData("/* hi */ DELETE FROM patient", "not DELETE")]
    [InlineData("SELECT 1; SELECT 2", "exactly one")]
    [InlineData("SELECT getenv('HOME')", "getenv")]
    [InlineData("SELECT * FROM (SELECT * FROM read_json('x.json'))", "read_json")]
    public void Inspect_Escape_IsForbiddenWithAReasonNamingIt(string sql, string reason)
    {
        var error = Assert.Throws<OmicsBridgeException>(() => StatementGuard.Inspect(_engine, sql));

        Assert.Equal(ErrorKind.Forbidden, error.Kind);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inspect_JoinWithSubquery_ListsItsTablesAndCountColumns()
    {
        var shape = StatementGuard.Inspect(_engine,
            "SELECT p.sex, count(*) AS n, max(s.collected_at) FROM patient p JOIN sample s USING (research_id) WHERE s.research_id IN (SELECT research_id FROM assay) GROUP BY 1");

        Assert.Equal(["assay", "patient", "sample"], shape.Tables.Order(StringComparer.Ordinal));
        Assert.Equal([1], shape.CountColumns);
    }

    public void Dispose()
    {
        _engine.Dispose();
        _temp.Dispose();
    }
}

using DuckDB.NET.Data;
using OmicsBridge.Core.Access;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Access;
using OmicsBridge.Governance.Consent;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Query;
using OmicsBridge.Lake.Schema;

namespace OmicsBridge.Governance.Gate;

/// <summary>
/// The one read path out of the lake. Every command that shows lake data (sql, summaries, cohorts, analyses, exports)
/// asks here; nothing opens the lake's files or a query engine around it.
/// </summary>
/// <remarks>
/// <para>Each read is decided for its caller (<see cref="AccessPolicy"/>): a role that may read identified data
/// (data_steward, clinician, admin) reads the lake's tables for a purpose its role permits; a role that may read only
/// pseudonymised data (researcher) reads governed tables: consent is evaluated at the query date, the governed views
/// are installed (<see cref="GovernedViewInstaller"/>), the tables the statement names are copied into a separate
/// in-memory catalog, the lake's catalog (views, consent and pseudonym maps) is detached, external access is disabled
/// and the configuration locked, and only then the caller's SQL runs. So the researcher's statement can reach nothing
/// but governed rows, whatever it says; the <see cref="StatementGuard"/> refuses escapes up front with a reason.</para>
/// <para>Every read and every refusal appends an audit entry (the read's when its result is disposed, with the rows
/// and distinct patients returned).</para>
/// <para>An identified read's engine is kept for the next identified read of the same lake version
/// (<see cref="WarmEngine"/>), so repeated reads are warm; the role, purpose and audit are still decided per read.
/// Dispose the gate to close it.</para>
/// </remarks>
public sealed class QueryGate : IDisposable
{
    private const string ResearchCatalog = "research";

    private readonly LakeStore _lake;
    private readonly TimeProvider _clock;
    private readonly WarmEngine _warm = new();

    /// <summary>A gate reading as the workspace's default profile (its owner, data_steward) unless a request names a caller.</summary>
    public QueryGate(LakeStore lake)
        : this(lake, caller: null)
    {
    }

    public QueryGate(LakeStore lake, CallerIdentity? caller)
    {
        ArgumentNullException.ThrowIfNull(lake);
        _lake = lake;
        _clock = lake.Clock;
        Governance = GateGovernance.For(lake.Workspace);
        Caller = caller ?? Governance.ResolveCaller();
    }

    /// <summary>Who reads when a request names no caller.</summary>
    public CallerIdentity Caller { get; }

    public GateGovernance Governance { get; }

    /// <summary>Whether <see cref="Caller"/> reads pseudonymised data only (consent-restricted, suppressed counts).</summary>
    public bool IsPseudonymised => ReadActionFor(Caller) == DataAction.ReadPseudonymised;

    /// <summary>Runs a caller's SQL: one SELECT over the tables the caller may see.</summary>
    public QueryResult Query(QueryRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var caller = request.Caller ?? Caller;
        var action = ReadActionFor(caller);
        Governance.Ensure(caller, action, request.Sql);
        var snapshot = _lake.GetSnapshot(request.AsOf);
        if (snapshot.Version is null)
        {
            throw OmicsBridgeException.NotFound("The lake is empty: nothing has been ingested yet. Start with: omicsbridge ingest manifest FILE");
        }

        // A researcher's engine is restricted below to this statement's governed tables: it is never kept.
        var lease = action == DataAction.ReadIdentified ? _warm.Rent(snapshot) : new EngineLease(LakeQueryEngine.Open(snapshot), home: null);
        var engine = lease.Engine;
        try
        {
            StatementShape shape;
            try
            {
                shape = StatementGuard.Inspect(engine, request.Sql);
            }
            catch (OmicsBridgeException ex) when (ex.Kind == ErrorKind.Forbidden)
            {
                Governance.Record(caller, "refusal", request.Sql, [], null, "refused", ex.Message);
                throw;
            }

            var tables = shape.Tables.Where(snapshot.HasTable).ToList();
            GateReadInfo info;
            if (action == DataAction.ReadPseudonymised)
            {
                var excluded = Restrict(engine, caller, shape, request.Sql);
                info = new GateReadInfo(caller.Role, excluded, Governance.Suppression, shape.CountColumns);
            }
            else
            {
                info = new GateReadInfo(caller.Role, null, null, new HashSet<int>());
            }

            var reader = engine.ExecuteReader(request.Sql);
            return new QueryResult(reader, lease, snapshot.Version, info, (rows, patients) =>
                Governance.Record(caller, "query", request.Sql, tables, patients, "ok",
                    string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{rows} rows; lake version {snapshot.Version}")
                    + (info.ConsentExcluded is { } n ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; {n} patients excluded by consent") : "")));
        }
        catch (DuckDBException ex)
        {
            lease.Discard();
            lease.Dispose();
            throw OmicsBridgeException.InvalidInput($"SQL error: {ex.Message}", inner: ex);
        }
        catch
        {
            lease.Discard();
            lease.Dispose();
            throw;
        }
    }

    /// <summary>Closes the engine kept for warm reads (one still lent is closed when its result is disposed).</summary>
    public void Dispose() => _warm.Dispose();

    /// <summary>The tables of a snapshot with their Delta versions (the catalog is not row data).</summary>
    public LakeSnapshot Snapshot(long? asOf = null) => _lake.GetSnapshot(asOf);

    /// <summary>Every lake version, oldest first.</summary>
    public IReadOnlyList<LakeVersion> History() => [.. _lake.Log.Versions().Select(_lake.Log.Read)];

    /// <summary>
    /// Rows per table at a lake version, as the caller may see them: every table for identified roles; for a
    /// researcher only the governed tables, counting consenting patients' rows, small counts hidden (null).
    /// </summary>
    public IReadOnlyDictionary<string, long?> RowCounts(long? asOf = null, CallerIdentity? caller = null)
    {
        caller ??= Caller;
        var counts = new Dictionary<string, long?>(StringComparer.Ordinal);
        var snapshot = _lake.GetSnapshot(asOf);
        if (snapshot.TableVersions.Count == 0)
        {
            return counts;
        }

        var action = ReadActionFor(caller);
        Governance.Ensure(caller, action, "row counts");
        // A researcher's engine gets the governed views installed below: it is never kept.
        using var lease = action == DataAction.ReadIdentified ? _warm.Rent(snapshot) : new EngineLease(LakeQueryEngine.Open(snapshot), home: null);
        var engine = lease.Engine;
        IEnumerable<string> tables = snapshot.TableVersions.Keys;
        var prefix = "";
        if (action == DataAction.ReadPseudonymised)
        {
            var installation = Install(engine, caller);
            tables = installation.Plan.Views.Select(v => v.Table).Where(snapshot.HasTable);
            prefix = "governed.";
        }

        var list = tables.Order(StringComparer.Ordinal).ToList();
        if (list.Count > 0)
        {
            var sql = string.Join(" UNION ALL ", list.Select(t => $"SELECT '{t}', count(*) FROM {prefix}\"{t}\""));
            using var reader = engine.ExecuteReader(sql);
            while (reader.Read())
            {
                counts[reader.GetString(0)] = reader.GetInt64(1);
            }
        }

        if (action == DataAction.ReadPseudonymised)
        {
            foreach (var table in list.Where(t => counts[t] is > 0 and var n && n < Governance.Suppression.Threshold))
            {
                counts[table] = null;
            }
        }

        Governance.Record(caller, "query", "row counts", list, null, "ok");
        return counts;
    }

    /// <summary>Hides small counts for a pseudonymised caller (1-D, with complements); identified callers see them all.</summary>
    public IReadOnlyList<long?> SuppressCounts(IReadOnlyList<long> counts, CallerIdentity? caller = null)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return ReadActionFor(caller ?? Caller) == DataAction.ReadPseudonymised
            ? Suppression.SmallCellSuppressor.Suppress(counts, Governance.Suppression).Shown
            : [.. counts.Select(c => (long?)c)];
    }

    private DataAction ReadActionFor(CallerIdentity caller)
    {
        var role = Governance.Policy.FindRole(caller.Role);
        return role is not null && role.Role.Allows(DataAction.ReadIdentified) ? DataAction.ReadIdentified : DataAction.ReadPseudonymised;
    }

    private GovernedInstallation Install(LakeQueryEngine engine, CallerIdentity caller)
    {
        var snapshot = engine.Snapshot;
        var schemas = snapshot.TableVersions.Keys.Select(LakeTables.Find).OfType<TableSchema>().ToList();
        // Consent is today's, whatever version is read: time travel must not bring back a withdrawn patient.
        var latest = _lake.GetSnapshot();
        IReadOnlyList<PatientConsent> records;
        if (latest.Version == snapshot.Version)
        {
            records = LakeConsents.Read(engine);
        }
        else
        {
            using var current = LakeQueryEngine.Open(latest);
            records = LakeConsents.Read(current);
        }

        var consent = new ConsentEvaluator(records, Governance.MissingConsent);
        var today = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime);
        return GovernedViewInstaller.Install(
            engine.Connection, schemas, consent, Governance.Pseudonyms(), caller.Purpose!, today, caller.Attested);
    }

    /// <summary>
    /// Leaves <paramref name="engine"/> able to see only copies of the governed tables the statement names, with external
    /// access off and the configuration locked. Returns how many patients consent excluded.
    /// </summary>
    private int Restrict(LakeQueryEngine engine, CallerIdentity caller, StatementShape shape, string sql)
    {
        var installation = Install(engine, caller);
        var governed = installation.Plan.Views.Select(v => v.Table).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var table in shape.Tables.Where(t => !governed.Contains(t)))
        {
            // Names that are neither governed nor withheld (CTEs, tables not ingested yet) are left to the engine.
            if (installation.Plan.Withheld.TryGetValue(table, out var why))
            {
                var reason = $"Table '{table}' is not available to role '{caller.Role}': {why}.";
                Governance.Record(caller, "refusal", sql, [table], null, "refused", reason);
                throw OmicsBridgeException.Forbidden(reason);
            }
        }

        var statements = new List<string> { $"ATTACH ':memory:' AS {ResearchCatalog}", $"CREATE SCHEMA {ResearchCatalog}.governed" };
        statements.AddRange(shape.Tables.Where(governed.Contains).Select(t =>
            $"CREATE TABLE {ResearchCatalog}.governed.\"{t}\" AS SELECT * FROM governed.\"{t}\""));

        // Detaching the lake's catalog drops its views, the consent table and the pseudonym map (patient_id ↔
        // research_id) from this connection; what remains is the research catalog alone.
        statements.Add($"USE {ResearchCatalog}.governed");
        statements.Add("DETACH memory");
        statements.Add("SET enable_external_access = false");
        statements.Add("SET lock_configuration = true");
        foreach (var statement in statements)
        {
            engine.Execute(statement);
        }

        return installation.Consent.Excluded;
    }
}

using System.Globalization;
using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Access;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Pipeline.Ingest;

namespace OmicsBridge.Cli.Infrastructure;

/// <summary>
/// The governance side of an ingest: the caller must hold <c>ingest</c> (<c>manage_consent</c> for consent files),
/// and the run, or its refusal, is an audit entry (<c>consent_change</c> for consent).
/// </summary>
internal sealed class IngestAudit
{
    private readonly GateGovernance _governance;
    private readonly CallerIdentity _caller;
    private readonly string _action;
    private readonly string _what;

    private IngestAudit(GateGovernance governance, CallerIdentity caller, string action, string what)
    {
        _governance = governance;
        _caller = caller;
        _action = action;
        _what = what;
    }

    /// <summary>Checks the caller may ingest <paramref name="kind"/>; a refusal is audited and thrown (exit code 3).</summary>
    public static IngestAudit Begin(WorkspaceCommandSettings settings, string? kind, IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var governance = GateGovernance.For(Services.OpenWorkspace(settings));
        var caller = Services.Caller(governance, settings);
        var consent = string.Equals(kind, "consent", StringComparison.OrdinalIgnoreCase);
        var what = $"ingest {kind ?? "auto"} {string.Join(' ', paths.Select(Path.GetFileName))}";
        governance.Ensure(caller, consent ? DataAction.ManageConsent : DataAction.Ingest, what);
        return new IngestAudit(governance, caller, consent ? "consent_change" : "ingest", what);
    }

    public void Completed(IngestReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var action = report.Files.Any(f => f.Kind == "consent") ? "consent_change" : _action;
        _governance.Record(_caller, action, _what, [], null, "ok", string.Create(CultureInfo.InvariantCulture,
            $"run {report.RunId}; lake version {report.LakeVersion?.ToString(CultureInfo.InvariantCulture) ?? "unchanged"}; {report.Accepted} accepted, {report.Rejected} rejected"));
    }
}

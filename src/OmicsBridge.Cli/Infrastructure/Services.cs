using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Access;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Workspace;
using OmicsBridge.Pipeline.Ingest;
using OmicsBridge.Pipeline.Ingest.Sources;

namespace OmicsBridge.Cli.Infrastructure;

/// <summary>Builds the layer services a command needs for the workspace its settings name.</summary>
internal static class Services
{
    public static Workspace OpenWorkspace(WorkspaceCommandSettings settings) =>
        Workspace.Open(Workspace.ResolveRoot(settings.Workspace));

    /// <summary>The gate, reading as the caller the settings name (--user/--role/--purpose/--profile, else the default profile).</summary>
    public static QueryGate Gate(WorkspaceCommandSettings settings)
    {
        var lake = new LakeStore(OpenWorkspace(settings));
        var governance = GateGovernance.For(lake.Workspace);
        return new QueryGate(lake, Caller(governance, settings));
    }

    public static CallerIdentity Caller(GateGovernance governance, WorkspaceCommandSettings settings) =>
        governance.ResolveCaller(settings.Profile, settings.CallerUser, settings.Role, settings.Purpose);

    /// <summary>
    /// The workspace's governance and the caller the settings name, once the caller was found allowed to do
    /// <paramref name="action"/> (a refusal is audited and ends the command with exit code 3).
    /// </summary>
    public static (GateGovernance Governance, CallerIdentity Caller) Authorize(WorkspaceCommandSettings settings, DataAction action, string what)
    {
        var governance = GateGovernance.For(OpenWorkspace(settings));
        var caller = Caller(governance, settings);
        governance.Ensure(caller, action, what);
        return (governance, caller);
    }

    public static IngestService Ingest(WorkspaceCommandSettings settings) =>
        new(new LakeStore(OpenWorkspace(settings)), SourceIngesters.All());
}

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

    public static QueryGate Gate(WorkspaceCommandSettings settings) => new(new LakeStore(OpenWorkspace(settings)));

    public static IngestService Ingest(WorkspaceCommandSettings settings) =>
        new(new LakeStore(OpenWorkspace(settings)), SourceIngesters.All());
}

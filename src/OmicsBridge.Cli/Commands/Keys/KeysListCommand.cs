using System.ComponentModel;
using System.Globalization;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Lake.Catalog;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Keys;

[Description("List the key ring (admin, data_steward): the current master key and every data key with its scope "
    + "(landing, a lake table), the master key wrapping it and when it was made; never key material. Audited.")]
public sealed class KeysListCommand(CliConsole console) : Command<OutputCommandSettings>
{
    public override int Execute(CommandContext context, OutputCommandSettings settings, CancellationToken cancellationToken)
    {
        var workspace = Services.OpenWorkspace(settings);
        var governance = GateGovernance.For(workspace);
        var caller = Services.Caller(governance, settings);
        governance.Ensure(caller, DataAction.ManageKeys, "keys list");
        var keys = new LakeStore(workspace).Keys;
        var master = keys.MasterKeyId;
        var entries = keys.List();
        ResultWriter.Write(console, console.Resolve(settings.Format), ["data_key", "scope", "master_key", "created"],
            entries.Select(e => (IReadOnlyList<object?>)[e.Id, e.Scope, e.MasterKeyId, e.Created]),
            $"Data keys (master key {master})");
        governance.Record(caller, "keys_list", "keys list", [], null, "ok",
            string.Create(CultureInfo.InvariantCulture, $"master key {master}; {entries.Count} data keys"));
        return ExitCodes.Ok;
    }
}

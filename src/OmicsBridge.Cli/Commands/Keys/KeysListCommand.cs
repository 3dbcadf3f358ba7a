using System.ComponentModel;
using System.Globalization;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Core.Access;
using OmicsBridge.Lake.Catalog;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Keys;

[Description("List the key ring (admin, data_steward): the current master key and, per scope (landing, each lake "
    + "table: one data key per data file), how many data keys, the master key wrapping them and when they were made; "
    + "never key material. Audited.")]
public sealed class KeysListCommand(CliConsole console) : Command<OutputCommandSettings>
{
    public override int Execute(CommandContext context, OutputCommandSettings settings, CancellationToken cancellationToken)
    {
        var (governance, caller) = Services.Authorize(settings, DataAction.ManageKeys, "keys list");
        var keys = new LakeStore(governance.Workspace).Keys;
        var master = keys.MasterKeyId;
        var entries = keys.List();
        // A lake table has one data key per data file: listed per scope, with how many and when they were made.
        ResultWriter.Write(console, console.Resolve(settings.Format), ["scope", "data_keys", "master_key", "first_created", "last_created"],
            entries.GroupBy(e => e.Scope, StringComparer.Ordinal).Select(g => (IReadOnlyList<object?>)
            [
                g.Key, g.Count(), string.Join(' ', g.Select(e => e.MasterKeyId).Distinct().Order(StringComparer.Ordinal)),
                g.Min(e => e.Created), g.Max(e => e.Created),
            ]),
            $"Data keys by scope (master key {master})");
        governance.Record(caller, "keys_list", "keys list", [], null, "ok",
            string.Create(CultureInfo.InvariantCulture, $"master key {master}; {entries.Count} data keys"));
        return ExitCodes.Ok;
    }
}

using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Lake.Schema;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Tables;

[Description("List the lake's tables with row counts and Delta versions, or (--history) the lake versions.")]
public sealed class TablesCommand(CliConsole console) : Command<TablesCommand.Settings>
{
    public sealed class Settings : OutputCommandSettings
    {
        [CommandOption("--as-of <VERSION>")]
        [Description("Show the tables as they were at this lake version.")]
        public long? AsOf { get; init; }

        [CommandOption("--history")]
        [Description("List every lake version: when, which run, what operation.")]
        public bool History { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var gate = Services.Gate(settings);
        var format = console.Resolve(settings.Format);
        if (settings.History)
        {
            ResultWriter.Write(console, format, ["lake_version", "timestamp", "run_id", "operation", "tables"],
                gate.History().Select(v => (IReadOnlyList<object?>)[v.Version, v.Timestamp, v.RunId, v.Operation, v.Tables.Count]),
                "Lake versions");
            return ExitCodes.Ok;
        }

        var snapshot = gate.Snapshot(settings.AsOf);
        var counts = gate.RowCounts(settings.AsOf);
        // A researcher sees only the governed tables (counts of consenting patients' rows, small counts hidden).
        var rows = snapshot.TableVersions.Where(t => counts.ContainsKey(t.Key)).OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (IReadOnlyList<object?>)
            [t.Key, counts[t.Key], t.Value, LakeTables.Find(t.Key)?.Description]);
        ResultWriter.Write(console, format, ["table", "rows", "delta_version", "description"], rows,
            snapshot.Version is null ? "The lake is empty" : $"Lake version {snapshot.Version}");
        return ExitCodes.Ok;
    }
}

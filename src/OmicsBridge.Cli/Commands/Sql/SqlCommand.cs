using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Governance.Gate;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Sql;

[Description("Run one read-only SELECT over the tables your role may see (DuckDB SQL; researchers: governed, consent-filtered, pseudonymised). The lake is never written by sql.")]
public sealed class SqlCommand(CliConsole console) : Command<SqlCommand.Settings>
{
    public sealed class Settings : OutputCommandSettings
    {
        [CommandArgument(0, "<SQL>")]
        [Description("One SELECT statement. Tables: see `omicsbridge tables`.")]
        public string Sql { get; init; } = "";

        [CommandOption("--as-of <VERSION>")]
        [Description("Read the lake as it was at this lake version (time travel); see `omicsbridge tables --history`.")]
        public long? AsOf { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var gate = Services.Gate(settings);
        using var result = gate.Query(new QueryRequest(settings.Sql, settings.AsOf));
        ResultWriter.Write(console, console.Resolve(settings.Format), [.. result.Columns.Select(c => c.Name)], result.ReadRows());
        GovernanceNotes.Write(console, result);
        return ExitCodes.Ok;
    }
}

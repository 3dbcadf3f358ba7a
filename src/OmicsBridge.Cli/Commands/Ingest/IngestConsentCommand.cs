using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

[Description("Ingest consent records (CSV: patient identifier, status, permitted GA4GH DUO purposes, data categories, dates). Takes effect on the next query.")]
public sealed class IngestConsentCommand(CliConsole console) : Command<IngestSettings>
{
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken) =>
        IngestRunner.Run(console, settings, "consent", IngestAutoCommand.Options(), cancellationToken);
}

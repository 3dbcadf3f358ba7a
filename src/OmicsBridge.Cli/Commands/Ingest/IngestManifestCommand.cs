using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

[Description("Ingest sample manifests (CSV/TSV): samples, their patients and assays.")]
public sealed class IngestManifestCommand(CliConsole console) : Command<IngestSettings>
{
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken) =>
        IngestRunner.Run(console, settings, "manifest", IngestAutoCommand.Options(), cancellationToken);
}

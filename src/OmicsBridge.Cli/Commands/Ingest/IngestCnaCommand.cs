using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

[Description("Ingest copy number: gene-level discrete calls (GISTIC −2…2, cBioPortal data_CNA), log2 ratios, and SEG segments.")]
public sealed class IngestCnaCommand(CliConsole console) : Command<GenomicIngestSettings>
{
    public override int Execute(CommandContext context, GenomicIngestSettings settings, CancellationToken cancellationToken) =>
        GenomicIngestRunner.Run(console, settings, "cna", cancellationToken);
}

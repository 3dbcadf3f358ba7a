using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

[Description("Ingest MAF files (GDC, cBioPortal): somatic mutations linked to samples by Tumor_Sample_Barcode.")]
public sealed class IngestMafCommand(CliConsole console) : Command<GenomicIngestSettings>
{
    public override int Execute(CommandContext context, GenomicIngestSettings settings, CancellationToken cancellationToken) =>
        GenomicIngestRunner.Run(console, settings, "maf", cancellationToken);
}

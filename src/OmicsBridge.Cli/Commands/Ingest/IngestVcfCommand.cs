using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

[Description("Ingest VCF files (plain, gzip, BGZF; single- or multi-sample): variants, annotations, non-hom-ref genotypes and hom-ref counts.")]
public sealed class IngestVcfCommand(CliConsole console) : Command<GenomicIngestSettings>
{
    public override int Execute(CommandContext context, GenomicIngestSettings settings, CancellationToken cancellationToken) =>
        GenomicIngestRunner.Run(console, settings, "vcf", cancellationToken);
}

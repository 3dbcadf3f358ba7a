using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

[Description("Ingest expression (or other quantitative omics) matrices: TSV/CSV, gzip accepted.")]
public sealed class IngestMatrixCommand(CliConsole console) : Command<MatrixIngestSettings>
{
    public override int Execute(CommandContext context, MatrixIngestSettings settings, CancellationToken cancellationToken) =>
        IngestRunner.Run(console, settings, "matrix", IngestAutoCommand.Options() with
        {
            SamplesInRows = settings.SamplesInRows,
            FeatureNamespace = settings.FeatureNamespace,
            Modality = settings.Modality,
        }, cancellationToken);
}

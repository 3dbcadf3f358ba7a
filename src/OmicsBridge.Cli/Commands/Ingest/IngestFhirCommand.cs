using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

[Description("Ingest FHIR R4 JSON: resources, Bundles and NDJSON bulk exports (.ndjson, .ndjson.gz, or a folder of them).")]
public sealed class IngestFhirCommand(CliConsole console) : Command<IngestSettings>
{
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken) =>
        IngestRunner.Run(console, settings, "fhir", IngestAutoCommand.Options(), cancellationToken);
}

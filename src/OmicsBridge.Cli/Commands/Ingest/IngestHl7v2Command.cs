using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

[Description("Ingest HL7 v2 feeds (ADT, ORU, OUL, RDE; one or many messages per file, MLLP-framed or not).")]
public sealed class IngestHl7v2Command(CliConsole console) : Command<IngestSettings>
{
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken) =>
        IngestRunner.Run(console, settings, "hl7v2", IngestAutoCommand.Options(), cancellationToken);
}

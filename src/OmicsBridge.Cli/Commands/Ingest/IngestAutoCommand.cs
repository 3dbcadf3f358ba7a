using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Pipeline.Ingest;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

[Description("Ingest files, detecting each file's kind from its name and first bytes.")]
public sealed class IngestAutoCommand(CliConsole console) : Command<IngestSettings>
{
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken) =>
        IngestRunner.Run(console, settings, kind: null, Options(), cancellationToken);

    internal static IngestOptions Options() => new() { UserName = Environment.UserName, Command = string.Join(' ', Environment.GetCommandLineArgs().Skip(1)) };
}

using System.ComponentModel;
using OmicsBridge.Cli.Commands.Analyze;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Report;

[Description("Render a self-contained HTML report of the workspace: cohort, quality, modality overlap, survival by saved subtypes.")]
public sealed class ReportCommand(CliConsole console) : Command<ReportCommand.Settings>
{
    public sealed class Settings : OutputCommandSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Folder for the report and its plots. Default: <workspace>/reports.")]
        public string? Out { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var workspace = Services.OpenWorkspace(settings);
        var outDir = settings.Out ?? Path.Combine(workspace.Root, "reports");
        var path = WorkspaceReport.Write(Services.Gate(settings), outDir, generated: DateTimeOffset.UtcNow);
        new AnalysisOutput().Add("report", ["path"], [[Path.GetFullPath(path)]]).Write(console, console.Resolve(settings.Format));
        return ExitCodes.Ok;
    }
}

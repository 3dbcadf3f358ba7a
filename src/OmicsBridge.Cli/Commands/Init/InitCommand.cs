using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Lake.Workspace;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Init;

[Description("Create a workspace: settings (omicsbridge.yaml), landing zone, lake, keys and audit folders.")]
public sealed class InitCommand(CliConsole console) : Command<InitCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("Folder to make the workspace in (created if missing).")]
        public string Directory { get; init; } = "";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var workspace = Workspace.Init(settings.Directory);
        console.Ui.MarkupLineInterpolated($"[green]Workspace created[/] at {workspace.Root}");
        console.Ui.MarkupLineInterpolated($"  settings  {workspace.SettingsPath}");
        console.Ui.MarkupLine("  next      omicsbridge ingest manifest samples.csv -w " + Markup.Escape(settings.Directory));
        return ExitCodes.Ok;
    }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Infrastructure;

/// <summary>Options every command that works on a workspace takes.</summary>
public class WorkspaceCommandSettings : CommandSettings
{
    [CommandOption("-w|--workspace <DIR>")]
    [Description("The workspace folder. Default: $OMICSBRIDGE_WORKSPACE, else the current folder.")]
    public string? Workspace { get; init; }
}

/// <summary>Options of commands that print data.</summary>
public class OutputCommandSettings : WorkspaceCommandSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table, csv or json. Default: table on a terminal, csv when piped.")]
    public OutputFormat? Format { get; init; }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Infrastructure;

/// <summary>Options every command that works on a workspace takes.</summary>
public class WorkspaceCommandSettings : CommandSettings
{
    [CommandOption("-w|--workspace <DIR>")]
    [Description("The workspace folder. Default: $OMICSBRIDGE_WORKSPACE, else the current folder.")]
    public string? Workspace { get; init; }

    /// <summary>Who asks; commands with their own meaning for --user (audit show) leave it null.</summary>
    public virtual string? CallerUser => null;

    [CommandOption("--role <ROLE>")]
    [Description("The role to act in: admin, data_steward, clinician, researcher, auditor, or one of omicsbridge.yaml. Default: the default profile's.")]
    public string? Role { get; init; }

    [CommandOption("--purpose <PURPOSE>")]
    [Description("The declared purpose, a GA4GH DUO code: DUO:0000042 (GRU), HMB, DS:MONDO:0005015, DUO:0000043 (clinical care).")]
    public string? Purpose { get; init; }

    [CommandOption("--profile <NAME>")]
    [Description("A named caller of omicsbridge.yaml profiles: (user, role, purpose).")]
    public string? Profile { get; init; }
}

/// <summary>Options of commands that read data as someone: the caller's user.</summary>
public class CallerCommandSettings : WorkspaceCommandSettings
{
    [CommandOption("--user <USER>")]
    [Description("Who asks, as recorded in the audit log. Default: the profile's user, else the local user.")]
    public string? User { get; init; }

    public override string? CallerUser => User;
}

/// <summary>Options of commands that print data.</summary>
public class OutputCommandSettings : CallerCommandSettings
{
    [CommandOption("--format <FORMAT>")]
    [Description("table, csv or json. Default: table on a terminal, csv when piped.")]
    public OutputFormat? Format { get; init; }
}

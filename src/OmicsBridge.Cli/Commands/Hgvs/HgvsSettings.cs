using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Hgvs;

/// <summary>HGVS descriptions to work on; no workspace needed.</summary>
public sealed class HgvsSettings : CommandSettings
{
    [CommandArgument(0, "<TEXT>")]
    [Description("One or more HGVS descriptions, e.g. NM_004006.2:c.76A>C or p.(Arg97Cys). Quote them in the shell.")]
    public string[] Texts { get; init; } = [];

    [CommandOption("--format <FORMAT>")]
    [Description("table, csv or json (json prints the parsed structure). Default: table on a terminal, csv when piped.")]
    public OutputFormat? Format { get; init; }
}

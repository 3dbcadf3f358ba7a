using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Cohort;

/// <summary>Options of the cohort commands that run a definition (the definition file argument is declared per command).</summary>
public abstract class CohortOptions : OutputCommandSettings
{
    /// <summary>The definition file given on the command line, if any.</summary>
    public abstract string? DefinitionFile { get; }

    [CommandOption("--where <CRITERIA>")]
    [Description("The definition on one line, e.g. \"condition ICD10CM:C50* and gene 'BRCA2: MUT'\".")]
    public string? Where { get; init; }

    [CommandOption("--index <EVENT>")]
    [Description("The index event time windows count from: \"first condition ICD10CM:C50*\", \"first sample\", \"first medication RxNorm:1597582\".")]
    public string? Index { get; init; }

    [CommandOption("--cohort <NAME>")]
    [Description("Run the definition of a saved cohort (latest version, or --version).")]
    public string? Cohort { get; init; }

    [CommandOption("--version <K>")]
    [Description("With --cohort: the saved version to run.")]
    public int? Version { get; init; }

    [CommandOption("--as-of <VERSION>")]
    [Description("Read the lake as it was at this lake version; with --cohort, 'receipt' means the version its receipt pinned.")]
    public string? AsOf { get; init; }

    [CommandOption("--genes <FILE>")]
    [Description("HGNC export (hgnc_complete_set.txt) to check gene symbols against. Default: reference/hgnc_complete_set.txt in the workspace, if present.")]
    public string? Genes { get; init; }
}

/// <summary>count, list, describe and overlap: an optional definition file first.</summary>
public class CohortSettings : CohortOptions
{
    [CommandArgument(0, "[DEFINITION]")]
    [Description("A definition file (YAML or JSON; see docs/cohorts.md). Or give --where, or --cohort NAME.")]
    public string? Definition { get; init; }

    public override string? DefinitionFile => Definition;
}

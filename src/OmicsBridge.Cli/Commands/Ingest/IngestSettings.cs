using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

/// <summary>Options every ingest kind takes.</summary>
public class IngestSettings : OutputCommandSettings
{
    [CommandArgument(0, "<PATHS>")]
    [Description("Files or folders to ingest (folders: every file inside).")]
    public string[] Paths { get; init; } = [];
}

/// <summary>Options of <c>ingest matrix</c>.</summary>
public sealed class MatrixIngestSettings : IngestSettings
{
    [CommandOption("--samples-in-rows")]
    [Description("Samples are rows and features columns (default: features in rows, samples in columns).")]
    public bool SamplesInRows { get; init; }

    [CommandOption("--feature-namespace <NAMESPACE>")]
    [Description("ENSEMBL, HGNC, ENTREZ, UNIPROT, … instead of detecting it from the ids.")]
    public string? FeatureNamespace { get; init; }

    [CommandOption("--modality <MODALITY>")]
    [Description("transcriptomics (default), proteomics, metabolomics or epigenomics.")]
    [DefaultValue("transcriptomics")]
    public string Modality { get; init; } = "transcriptomics";
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

/// <summary>Options of <c>ingest csv</c>.</summary>
public sealed class CsvIngestSettings : IngestSettings
{
    [CommandOption("--mapping <MAP.yaml>")]
    [Description("The CSV mapping (docs/formats/csv-mapping.md). Default: <extract>.mapping.yaml beside each extract.")]
    public string? Mapping { get; init; }
}

using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Pipeline.Ingest;
using OmicsBridge.Pipeline.Ingest.Sources;
using OmicsBridge.Pipeline.Ingest.Sources.Clinical;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

[Description("Ingest legacy CSV/TSV extracts through a declarative mapping into patient, condition, observation, medication, procedure or encounter.")]
public sealed class IngestCsvCommand(CliConsole console) : Command<CsvIngestSettings>
{
    public override int Execute(CommandContext context, CsvIngestSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Mapping is null)
        {
            return IngestRunner.Run(console, settings, "csv", IngestAutoCommand.Options(), cancellationToken);
        }

        // The mapping is checked before anything lands, so a typo in it never leaves a half-made run.
        CsvMappingLoader.Load(settings.Mapping);
        var ingesters = SourceIngesters.All().Where(i => i.Kind != "csv").Append(new CsvMappingIngester(Path.GetFullPath(settings.Mapping)));
        var service = new IngestService(new LakeStore(Services.OpenWorkspace(settings)), ingesters);
        var report = service.Run("csv", settings.Paths, IngestAutoCommand.Options(), null, cancellationToken);
        IngestRunner.Print(console, console.Resolve(settings.Format), report);
        return report.Rejected > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }
}

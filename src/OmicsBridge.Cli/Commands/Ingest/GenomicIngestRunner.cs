using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Pipeline.Ingest;
using OmicsBridge.Pipeline.Ingest.Sources;
using OmicsBridge.Pipeline.Ingest.Sources.Genomic;

namespace OmicsBridge.Cli.Commands.Ingest;

/// <summary>Runs a genomic ingest with the command line's genomic options (region, reference, assembly).</summary>
internal static class GenomicIngestRunner
{
    public static int Run(CliConsole console, GenomicIngestSettings settings, string kind, CancellationToken cancellationToken)
    {
        if (settings.Region is not null && kind != "vcf")
        {
            throw Core.Diagnostics.OmicsBridgeException.Usage("--region applies to VCF files only.");
        }

        var options = new GenomicIngestOptions { Region = settings.Region, ReferenceFasta = settings.Reference, Assembly = settings.Assembly };
        ISourceIngester configured = kind switch
        {
            "vcf" => new VcfIngester(options),
            "maf" => new MafIngester(options),
            _ => new CnaIngester(),
        };
        var service = new IngestService(new LakeStore(Services.OpenWorkspace(settings)),
            [.. SourceIngesters.All().Where(i => i.Kind != kind), configured]);
        return IngestRunner.Run(console, settings, kind, IngestAutoCommand.Options(), cancellationToken, service);
    }
}

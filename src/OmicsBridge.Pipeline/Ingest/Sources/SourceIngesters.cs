using OmicsBridge.Pipeline.Ingest.Sources.Clinical;
using OmicsBridge.Pipeline.Ingest.Sources.Genomic;

namespace OmicsBridge.Pipeline.Ingest.Sources;

/// <summary>Every source kind <c>omicsbridge ingest</c> knows, in the order auto-detection tries them.</summary>
public static class SourceIngesters
{
    public static IReadOnlyList<ISourceIngester> All() =>
    [
        new ManifestIngester(),
        new MatrixIngester(),
        new FhirIngester(),
        new Hl7v2Ingester(),
        new VcfIngester(),
        new MafIngester(),
        new CnaIngester(),
        new Consent.ConsentIngester(),
        new CsvMappingIngester(),
    ];
}

using System.Globalization;

namespace OmicsBridge.Pipeline.Ingest.Sources.Genomic;

/// <summary>
/// Links the sample names of a genomic file to <c>genomics</c> assays: a manifest's sample gets its assay (created when
/// the manifest declared none); a sample no manifest declared is created without a patient and reported; a sample with
/// several genomics assays is ambiguous (null).
/// </summary>
internal sealed class GenomicSamples(IngestContext context)
{
    public const string Modality = "genomics";

    private readonly Dictionary<string, string?> _assays = new(StringComparer.Ordinal);
    private readonly List<string> _created = [];

    public string? AssayOf(string sampleId)
    {
        if (_assays.TryGetValue(sampleId, out var known))
        {
            return known;
        }

        if (!context.Samples.TryGetSample(sampleId, out _))
        {
            context.Samples.AddSample(new KnownSample(sampleId, null, context.File.Sha256, context.File.Name), null, null, null, null);
            _created.Add(sampleId);
        }

        var assays = context.Samples.FindAssays(sampleId, Modality);
        var assay = assays.Count switch
        {
            0 => context.Samples.AddAssay(sampleId, Modality, null, null, null, context.File.Sha256),
            1 => assays[0],
            _ => null,
        };
        _assays[sampleId] = assay;
        return assay;
    }

    /// <summary>Adds the summary notes (samples created without a patient).</summary>
    public void Report()
    {
        if (_created.Count > 0)
        {
            var shown = string.Join(", ", _created.Take(5)) + (_created.Count > 5 ? ", …" : "");
            context.Note(string.Create(CultureInfo.InvariantCulture, $"{_created.Count:N0} samples in no manifest, created without a patient ({shown})"));
        }
    }
}

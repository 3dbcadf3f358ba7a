namespace OmicsBridge.Pipeline.Ingest;

/// <summary>Options of one ingest run; each source kind reads the ones that concern it.</summary>
public sealed record IngestOptions
{
    /// <summary>Expression matrix: samples are rows and features columns (default: features in rows).</summary>
    public bool SamplesInRows { get; init; }

    /// <summary>Expression matrix: the feature namespace, instead of detecting it (ENSEMBL, HGNC, ENTREZ, UNIPROT, …).</summary>
    public string? FeatureNamespace { get; init; }

    /// <summary>Expression matrix: the modality of its values (default transcriptomics).</summary>
    public string Modality { get; init; } = "transcriptomics";

    /// <summary>Who ran the ingest, recorded in <c>ingest_run</c>.</summary>
    public string? UserName { get; init; }

    /// <summary>The command line, recorded in <c>ingest_run</c>.</summary>
    public string? Command { get; init; }
}

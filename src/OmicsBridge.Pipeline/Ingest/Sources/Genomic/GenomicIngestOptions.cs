namespace OmicsBridge.Pipeline.Ingest.Sources.Genomic;

/// <summary>Options of <c>ingest vcf</c> (the MAF and CNA ingesters read only <see cref="Assembly"/>).</summary>
public sealed record GenomicIngestOptions
{
    /// <summary><c>chr:start-end</c>: only records overlapping it, through the .tbi/.csi index beside the input file.</summary>
    public string? Region { get; init; }

    /// <summary>A reference FASTA (with its .fai): REF is checked against it and indels are left-aligned.</summary>
    public string? ReferenceFasta { get; init; }

    /// <summary>GRCh37 or GRCh38, instead of detecting it from the header (VCF) or NCBI_Build (MAF).</summary>
    public string? Assembly { get; init; }
}

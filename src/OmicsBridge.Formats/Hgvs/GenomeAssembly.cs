namespace OmicsBridge.Formats.Hgvs;

/// <summary>Human reference genome assemblies with RefSeq chromosome accessions in <see cref="RefSeqChromosomes"/>.</summary>
public enum GenomeAssembly
{
    /// <summary>GRCh37 (hg19): NC_000001.10 ... NC_000024.9.</summary>
    GRCh37,

    /// <summary>GRCh38 (hg38): NC_000001.11 ... NC_000024.10.</summary>
    GRCh38,
}

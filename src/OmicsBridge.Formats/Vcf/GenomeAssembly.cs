namespace OmicsBridge.Formats.Vcf;

/// <summary>Human reference assemblies the variant key and HGVS g. accessions know.</summary>
public enum GenomeAssembly
{
    /// <summary>Not detected and not given; keys keep the contig names as written (aliases still applied).</summary>
    Unknown,

    /// <summary>GRCh37 / hg19 / b37.</summary>
    GRCh37,

    /// <summary>GRCh38 / hg38.</summary>
    GRCh38,
}

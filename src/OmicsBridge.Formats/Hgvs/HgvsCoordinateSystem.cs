namespace OmicsBridge.Formats.Hgvs;

/// <summary>The reference sequence type named by the prefix letter before the dot (<c>g.</c>, <c>c.</c>, ...).</summary>
public enum HgvsCoordinateSystem
{
    /// <summary><c>g.</c> linear genomic DNA.</summary>
    Genomic,

    /// <summary><c>o.</c> circular genomic DNA.</summary>
    Circular,

    /// <summary><c>m.</c> mitochondrial DNA.</summary>
    Mitochondrial,

    /// <summary><c>c.</c> coding DNA (positions relative to the start codon, <c>*</c> after the stop codon).</summary>
    Coding,

    /// <summary><c>n.</c> non-coding DNA.</summary>
    NonCoding,

    /// <summary><c>r.</c> RNA (nucleotides written in lower case, <c>u</c> for uracil).</summary>
    Rna,

    /// <summary><c>p.</c> protein.</summary>
    Protein,
}

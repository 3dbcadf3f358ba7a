namespace OmicsBridge.Pipeline.Ingest.Sources.Genomic;

/// <summary>Issue codes of the genomic ingesters (VCF line-level codes are the reader's VCFnnn). Never reuse a number.</summary>
public static class GenomicIssueCodes
{
    /// <summary>Error: lines rejected beyond the issues the reader keeps (counted, described once).</summary>
    public const string RejectedBeyondCap = "GEN001";

    /// <summary>Fatal: a MAF has no Tumor_Sample_Barcode column (or no header line).</summary>
    public const string MafMissingColumn = "MAF001";

    /// <summary>Error: a MAF line has a different number of columns than the header.</summary>
    public const string MafColumnCount = "MAF010";

    /// <summary>Error: Start_Position is not a positive integer.</summary>
    public const string MafBadPosition = "MAF011";

    /// <summary>Error: a required value (Chromosome, Reference_Allele, Tumor_Seq_Allele2, barcode) is empty.</summary>
    public const string MafMissingValue = "MAF012";

    /// <summary>Warning: a count column (t_ref_count, t_alt_count) is not an integer; stored as null.</summary>
    public const string MafBadCount = "MAF013";

    /// <summary>Error: the sample has several genomics assays, so the row cannot be linked.</summary>
    public const string AmbiguousAssay = "GEN101";

    /// <summary>Fatal: a copy-number file has no recognised header (data_CNA, log2 or SEG layout).</summary>
    public const string CnaUnknownLayout = "CNA001";

    /// <summary>Error: a copy-number line has a different number of columns than the header.</summary>
    public const string CnaColumnCount = "CNA010";

    /// <summary>Error: a copy-number value is not a number (or a discrete call outside −2…2).</summary>
    public const string CnaBadValue = "CNA011";

    /// <summary>Error: a SEG coordinate is not a positive integer.</summary>
    public const string CnaBadPosition = "CNA012";
}

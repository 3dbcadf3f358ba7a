namespace OmicsBridge.Formats.Vcf;

/// <summary>The VCF issue codes (listed with their meaning in docs/formats/vcf.md). Never reuse a number.</summary>
public static class VcfIssueCodes
{
    /// <summary>Fatal: the first line is not <c>##fileformat=</c>.</summary>
    public const string MissingFileFormat = "VCF001";

    /// <summary>Fatal: <c>##fileformat</c> is empty or not VCFv4.1–4.5.</summary>
    public const string BadFileFormat = "VCF002";

    /// <summary>Fatal: the <c>#CHROM</c> line is missing or its fixed columns are wrong.</summary>
    public const string BadColumnHeader = "VCF003";

    /// <summary>Fatal: a sample name appears twice.</summary>
    public const string DuplicateSample = "VCF004";

    /// <summary>Fatal: a structured meta line (INFO, FORMAT, contig…) cannot be parsed.</summary>
    public const string BadMetaLine = "VCF005";

    /// <summary>Fatal: the BGZF or gzip stream is truncated or corrupt.</summary>
    public const string TruncatedCompression = "VCF007";

    /// <summary>Error: a data line has the wrong number of columns.</summary>
    public const string ColumnCount = "VCF010";

    /// <summary>Error: POS is not a positive integer.</summary>
    public const string BadPosition = "VCF011";

    /// <summary>Error: REF is empty or holds a character that is not a base.</summary>
    public const string BadRef = "VCF012";

    /// <summary>Error: an ALT allele is not bases, <c>*</c>, a symbolic allele or a breakend.</summary>
    public const string BadAlt = "VCF013";

    /// <summary>Error: an INFO or FORMAT value does not match its declared type (incl. Integer overflow).</summary>
    public const string BadValue = "VCF014";

    /// <summary>Warning: an INFO key is not declared in the header (kept as String; reported once per key).</summary>
    public const string UndeclaredInfo = "VCF015";

    /// <summary>Error: a FORMAT or INFO key does not match <c>^[A-Za-z_][0-9A-Za-z_.]*$</c>.</summary>
    public const string BadKey = "VCF016";

    /// <summary>Warning: a FORMAT key is not declared in the header (reported once per key).</summary>
    public const string UndeclaredFormat = "VCF017";

    /// <summary>Error: a GT allele index is beyond the number of ALT alleles.</summary>
    public const string AlleleIndexOutOfRange = "VCF018";

    /// <summary>Error: a Number=A/R/G value has the wrong number of values for the alleles and ploidy.</summary>
    public const string Cardinality = "VCF019";

    /// <summary>Error: records are out of order (POS decreases within a contig, or a contig comes back).</summary>
    public const string OutOfOrder = "VCF020";

    /// <summary>Error: the file does not end with a newline (the last record may be cut).</summary>
    public const string NoFinalNewline = "VCF021";

    /// <summary>Error: REF does not match the reference FASTA.</summary>
    public const string RefMismatch = "VCF022";

    /// <summary>Error: a GT value cannot be parsed.</summary>
    public const string BadGenotype = "VCF023";

    /// <summary>Warning: a FORMAT key appears twice in one record's FORMAT column.</summary>
    public const string DuplicateFormatKey = "VCF024";

    /// <summary>Error: a sample has more sub-fields than the FORMAT column declares.</summary>
    public const string TooManySampleFields = "VCF025";

    /// <summary>Warning: the BGZF end-of-file marker block is absent (the file may have been cut at a block boundary).</summary>
    public const string MissingEofMarker = "VCF026";

    /// <summary>Warning: a contig of a data line is not in the reference FASTA (REF not checked; once per contig).</summary>
    public const string ContigNotInFasta = "VCF027";

    /// <summary>Warning: GT is not the first FORMAT key, as VCF requires (read by its name; once per file).</summary>
    public const string GenotypeNotFirst = "VCF028";
}

namespace OmicsBridge.Formats.Csv;

/// <summary>The <c>CSV0xx</c> issue codes; each is listed in docs/formats/matrix.md and never reused.</summary>
public static class CsvIssueCodes
{
    /// <summary>The file has no bytes, or only a byte-order mark and white space.</summary>
    public const string EmptyFile = "CSV001";

    /// <summary>NUL bytes in the first block: the file is binary, not delimited text.</summary>
    public const string BinaryFile = "CSV002";

    /// <summary>A gzip stream is corrupt or ends before its trailer.</summary>
    public const string BrokenGzip = "CSV003";

    /// <summary>A quoted field opens and the file ends before the closing quote.</summary>
    public const string UnterminatedQuote = "CSV004";
}

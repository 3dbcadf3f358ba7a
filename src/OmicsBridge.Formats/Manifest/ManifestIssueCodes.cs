namespace OmicsBridge.Formats.Manifest;

/// <summary>The <c>MAN0xx</c> issue codes; each is listed in docs/formats/manifest.md and never reused.</summary>
public static class ManifestIssueCodes
{
    /// <summary>No header column maps to the sample id; the file cannot load (the message lists the columns found).</summary>
    public const string MissingSampleIdColumn = "MAN001";

    /// <summary>A sample id already seen; the later line is rejected and the message names the first line.</summary>
    public const string DuplicateSampleId = "MAN002";

    /// <summary>A date in no accepted format; the field is left empty and the text kept in <c>extra</c>.</summary>
    public const string BadDate = "MAN003";

    /// <summary>A numeric date that could be day- or month-first with no order configured; kept in <c>extra</c>.</summary>
    public const string AmbiguousDate = "MAN004";

    /// <summary>A modality outside the known synonyms; the field is left empty and the text kept in <c>extra</c>.</summary>
    public const string UnknownModality = "MAN005";

    /// <summary>A line with fewer cells than the header; the line is rejected.</summary>
    public const string TooFewColumns = "MAN006";

    /// <summary>A line whose sample id cell is empty; the line is rejected.</summary>
    public const string EmptySampleId = "MAN007";

    /// <summary>A line with non-empty cells beyond the header; the line is rejected as misaligned.</summary>
    public const string TooManyColumns = "MAN008";

    /// <summary>Two header columns map to the same field; the first is used and the second goes to <c>extra</c>.</summary>
    public const string DuplicateColumn = "MAN009";
}

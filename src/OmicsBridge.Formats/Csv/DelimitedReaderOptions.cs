namespace OmicsBridge.Formats.Csv;

/// <summary>How a <see cref="DelimitedReader"/> splits its input.</summary>
public sealed record DelimitedReaderOptions
{
    /// <summary>The shared defaults: delimiter detected, <c>#</c> lines are not comments.</summary>
    public static DelimitedReaderOptions Default { get; } = new();

    /// <summary>The field delimiter; <see langword="null"/> detects tab, comma or semicolon from the first line.</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// Lines whose first character is this are skipped wherever they occur (cBioPortal's <c>#</c> header block);
    /// <see langword="null"/> keeps every line.
    /// </summary>
    public char? CommentChar { get; init; }
}

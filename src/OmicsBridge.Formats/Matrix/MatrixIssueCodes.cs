namespace OmicsBridge.Formats.Matrix;

/// <summary>The <c>MTX0xx</c> issue codes; each is listed in docs/formats/matrix.md and never reused.</summary>
public static class MatrixIssueCodes
{
    /// <summary>A cell is neither a number nor a missing-value marker; the cell is missing, the row still loads.</summary>
    public const string NotANumber = "MTX001";

    /// <summary>A line has a different number of cells than the header; the line is rejected.</summary>
    public const string RaggedRow = "MTX002";

    /// <summary>Every id cell of a line is empty; the line is rejected.</summary>
    public const string EmptyId = "MTX003";

    /// <summary>Two value columns have the same header; both load, and the second is reported.</summary>
    public const string DuplicateColumn = "MTX004";

    /// <summary>The header has no value columns after the id columns; nothing can load.</summary>
    public const string NoValueColumns = "MTX005";

    /// <summary>The issue list reached its limit; the count of further issues is in the message.</summary>
    public const string TooManyIssues = "MTX006";
}

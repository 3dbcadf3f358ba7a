namespace OmicsBridge.Core.Diagnostics;

/// <summary>
/// The one exception type the layers throw for expected failures. It carries a <see cref="ErrorKind"/>
/// and, for input problems, every <see cref="ParseIssue"/> that was found.
/// </summary>
public sealed class OmicsBridgeException : Exception
{
    public OmicsBridgeException(ErrorKind kind, string message, IReadOnlyList<ParseIssue>? issues = null, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
        Issues = issues ?? [];
    }

    public ErrorKind Kind { get; }

    public IReadOnlyList<ParseIssue> Issues { get; }

    public static OmicsBridgeException InvalidInput(string message, IReadOnlyList<ParseIssue>? issues = null, Exception? inner = null)
        => new(ErrorKind.InvalidInput, message, issues, inner);

    public static OmicsBridgeException FromIssue(ParseIssue issue, Exception? inner = null)
        => new(ErrorKind.InvalidInput, issue.ToString(), [issue], inner);

    public static OmicsBridgeException NotFound(string message) => new(ErrorKind.NotFound, message);

    public static OmicsBridgeException Usage(string message) => new(ErrorKind.Usage, message);

    public static OmicsBridgeException Forbidden(string message) => new(ErrorKind.Forbidden, message);

    public static OmicsBridgeException Conflict(string message) => new(ErrorKind.Conflict, message);
}

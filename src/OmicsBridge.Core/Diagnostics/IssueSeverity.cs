namespace OmicsBridge.Core.Diagnostics;

/// <summary>How bad a <see cref="ParseIssue"/> is.</summary>
public enum IssueSeverity
{
    /// <summary>Kept and loaded; the user should know (an undeclared INFO key, a unit we could not convert).</summary>
    Warning,

    /// <summary>The record goes to <c>reject</c>; the rest of the file still loads.</summary>
    Error,

    /// <summary>The file cannot be read at all (a broken header, a truncated archive); nothing from it is committed.</summary>
    Fatal,
}

using System.Globalization;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Cohorts.Parsing;

/// <summary>
/// The coded problems of cohort definitions (COH001…), listed in docs/cohorts.md. Positions are 1-based columns in the
/// text that was parsed (the <c>--where</c> line, an OQL string) or lines of a definition file.
/// </summary>
internal static class CohortIssues
{
    public const string Syntax = "COH001";
    public const string UnknownVocabulary = "COH002";
    public const string MalformedCode = "COH003";
    public const string UnknownGene = "COH004";
    public const string OqlSyntax = "COH005";
    public const string WindowWithoutIndex = "COH006";
    public const string BadDocument = "COH007";
    public const string BadValue = "COH008";
    public const string BadHgvs = "COH009";

    /// <summary>An error at a 0-based position of <paramref name="text"/>: what was expected and what was found.</summary>
    public static OmicsBridgeException At(string code, string source, string text, int position, string expected)
    {
        var found = position >= text.Length ? "end of text" : $"'{Excerpt(text, position)}'";
        var message = string.Create(CultureInfo.InvariantCulture,
            $"{source} at column {position + 1}: expected {expected}, found {found}\n  {text}\n  {new string(' ', Math.Min(position, text.Length))}^");
        var issue = new ParseIssue(code, IssueSeverity.Error, source, 1, position + 1, null, $"expected {expected}, found {found}", text);
        return new OmicsBridgeException(ErrorKind.InvalidInput, message, [issue]);
    }

    public static OmicsBridgeException Plain(string code, string source, string message) =>
        new(ErrorKind.InvalidInput, message, [new ParseIssue(code, IssueSeverity.Error, source, 1, null, null, message)]);

    private static string Excerpt(string text, int position)
    {
        var end = position;
        while (end < text.Length && !char.IsWhiteSpace(text[end]) && end - position < 20)
        {
            end++;
        }

        return end == position ? text[position].ToString() : text[position..end];
    }
}

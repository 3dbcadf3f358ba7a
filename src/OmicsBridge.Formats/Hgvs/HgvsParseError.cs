using System.Globalization;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Hgvs;

/// <summary>Why a text is not a valid HGVS description, and where (0-based character index).</summary>
/// <param name="Code">Stable code (<c>HGVS001</c> ...), listed in docs/formats/hgvs.md.</param>
/// <param name="Position">0-based index into the text where the problem was found.</param>
/// <param name="Expected">What the parser expected at <paramref name="Position"/>, e.g. "a nucleotide (A, C, G, T) after '&gt;'".</param>
public sealed record HgvsParseError(string Code, int Position, string Expected)
{
    /// <summary>Human-readable message: <c>position 6: expected a nucleotide (A, C, G, T) after '&gt;'</c>.</summary>
    public string Message => string.Create(CultureInfo.InvariantCulture, $"position {Position}: expected {Expected}");

    /// <summary>Turns the error into a positioned <see cref="ParseIssue"/> for a file being read (column is 1-based).</summary>
    public ParseIssue ToIssue(string file, long line, int columnOfText, string? field) =>
        new(Code, IssueSeverity.Error, file, line, columnOfText + Position, field, Message);

    /// <inheritdoc/>
    public override string ToString() => $"{Code} {Message}";
}

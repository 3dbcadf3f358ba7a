using System.Diagnostics.CodeAnalysis;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Csv;

/// <summary>Throws out of line so the read loop stays small (npgsql's ThrowHelper).</summary>
internal static class CsvThrow
{
    [DoesNotReturn]
    public static void Fatal(string code, string file, long line, string message, Exception? inner = null)
        => throw OmicsBridgeException.FromIssue(new ParseIssue(code, IssueSeverity.Fatal, file, line, null, null, message), inner);
}

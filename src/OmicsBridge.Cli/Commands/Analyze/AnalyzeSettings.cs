using System.Globalization;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>Options every <c>analyze</c> command takes: the output format and, for the workspace path, <c>-w</c>; plus list parsing.</summary>
public class AnalyzeSettings : OutputCommandSettings
{
    internal static IReadOnlyList<string> List(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    internal static IReadOnlyList<double> Numbers(string? text, string option) =>
        [.. List(text).Select(t => double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var v)
            ? v : throw OmicsBridgeException.Usage($"{option}: '{t}' is not a number."))];
}

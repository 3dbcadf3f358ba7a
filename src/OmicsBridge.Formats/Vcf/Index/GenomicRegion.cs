using System.Globalization;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Vcf.Index;

/// <summary>A region <c>chr:start-end</c>, 1-based and inclusive (samtools/bcftools syntax; commas in numbers allowed).</summary>
/// <param name="Contig">The contig as given.</param>
/// <param name="Start">First position (1-based).</param>
/// <param name="End">Last position (inclusive); <see cref="long.MaxValue"/> for open ends.</param>
public sealed record GenomicRegion(string Contig, long Start, long End)
{
    /// <summary>Parses <c>chr</c>, <c>chr:start</c> or <c>chr:start-end</c>.</summary>
    public static GenomicRegion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var colon = text.LastIndexOf(':');
        if (colon < 0)
        {
            return new GenomicRegion(text, 1, long.MaxValue);
        }

        var contig = text[..colon];
        var range = text[(colon + 1)..].Replace(",", string.Empty, StringComparison.Ordinal);
        var dash = range.IndexOf('-', StringComparison.Ordinal);
        var startText = dash < 0 ? range : range[..dash];
        var endText = dash < 0 ? string.Empty : range[(dash + 1)..];
        if (contig.Length == 0 || !long.TryParse(startText, NumberStyles.None, CultureInfo.InvariantCulture, out var start) || start < 1)
        {
            throw OmicsBridgeException.Usage($"region '{text}' is not chr:start-end (1-based)");
        }

        var end = long.MaxValue;
        if (endText.Length > 0 && (!long.TryParse(endText, NumberStyles.None, CultureInfo.InvariantCulture, out end) || end < start))
        {
            throw OmicsBridgeException.Usage($"region '{text}' has an end before its start or not a number");
        }

        return new GenomicRegion(contig, start, end);
    }
}

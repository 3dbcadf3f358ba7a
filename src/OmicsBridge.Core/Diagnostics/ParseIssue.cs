using System.Globalization;

namespace OmicsBridge.Core.Diagnostics;

/// <summary>
/// One problem found while reading a source file: coded, positioned and explained.
/// </summary>
/// <remarks>
/// Codes are a format prefix plus three digits (<c>VCF014</c>, <c>MTX003</c>) and are never reused; each is listed in
/// <c>docs/formats/</c>. <see cref="Line"/> is 1-based; for formats without lines it is the element index
/// (a Bundle entry, an HL7 segment), described by <see cref="Field"/>. <see cref="Excerpt"/> holds the offending
/// raw text; clinical sources leave it out of <see cref="Message"/> so values never reach logs, only the governed
/// <c>reject</c> table.
/// </remarks>
public sealed record ParseIssue(
    string Code,
    IssueSeverity Severity,
    string File,
    long Line,
    int? Column,
    string? Field,
    string Message,
    string? Excerpt = null)
{
    /// <summary>Renders as <c>VCF014 error  cohort.vcf.gz:1843:57  FORMAT/GQ  GQ must be an integer</c>.</summary>
    public override string ToString()
    {
        var position = Column is null
            ? string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}")
            : string.Create(CultureInfo.InvariantCulture, $"{File}:{Line}:{Column}");
        var severity = Severity.ToString().ToLowerInvariant();
        return Field is null
            ? $"{Code} {severity}  {position}  {Message}"
            : $"{Code} {severity}  {position}  {Field}  {Message}";
    }
}

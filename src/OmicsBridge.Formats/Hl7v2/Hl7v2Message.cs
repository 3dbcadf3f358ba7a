using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Hl7v2;

/// <summary>One HL7 v2 message as read from a file: its segments in order and the issues found while reading it.</summary>
public sealed class Hl7v2Message
{
    internal Hl7v2Message(string file, long line, int ordinal, Hl7v2Encoding? encoding, IReadOnlyList<Hl7v2Segment> segments, IReadOnlyList<ParseIssue> issues)
    {
        File = file;
        Line = line;
        Ordinal = ordinal;
        Encoding = encoding;
        Segments = segments;
        Issues = issues;
    }

    /// <summary>The file name used in issues.</summary>
    public string File { get; }

    /// <summary>The 1-based line of the file where this message's MSH starts.</summary>
    public long Line { get; }

    /// <summary>The 1-based position of this message in its file.</summary>
    public int Ordinal { get; }

    /// <summary>The delimiters from MSH-1 and MSH-2, or null when they were unusable (then <see cref="Segments"/> is empty).</summary>
    public Hl7v2Encoding? Encoding { get; }

    /// <summary>The segments in order, MSH first.</summary>
    public IReadOnlyList<Hl7v2Segment> Segments { get; }

    /// <summary>Structural issues found while reading this message (bad segment ids, control characters, open escapes).</summary>
    public IReadOnlyList<ParseIssue> Issues { get; }

    /// <summary>True when reading found an error, so the message must be rejected whatever its content.</summary>
    public bool HasErrors => Issues.Any(i => i.Severity >= IssueSeverity.Error);

    /// <summary>The MSH segment, or null when the header could not be read.</summary>
    public Hl7v2Segment? Header => Segments.Count > 0 ? Segments[0] : null;

    /// <summary>MSH-9.1, the message code (<c>ADT</c>, <c>ORU</c>).</summary>
    public string? MessageCode => Header?.Field(9, 1).Value;

    /// <summary>MSH-9.2, the trigger event (<c>A01</c>, <c>R01</c>).</summary>
    public string? TriggerEvent => Header?.Field(9, 2).Value;

    /// <summary>MSH-9.3, the message structure (<c>ADT_A01</c>), absent before v2.3.1.</summary>
    public string? MessageStructure => Header?.Field(9, 3).Value;

    /// <summary>MSH-10, the message control id.</summary>
    public string? ControlId => Header?.Field(10).Value;

    /// <summary>MSH-12.1, the version (<c>2.5.1</c>).</summary>
    public string? Version => Header?.Field(12, 1).Value;

    /// <summary>All segments with the given id, in order.</summary>
    public IEnumerable<Hl7v2Segment> SegmentsWithId(string id) => Segments.Where(s => s.Id == id);

    /// <summary>The first segment with the given id, or null.</summary>
    public Hl7v2Segment? FirstSegment(string id) => Segments.FirstOrDefault(s => s.Id == id);
}

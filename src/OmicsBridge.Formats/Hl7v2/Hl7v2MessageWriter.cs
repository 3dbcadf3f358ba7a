using System.Text;

namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// Writes HL7 v2 messages segment by segment, escaping every value, for generators, demos and benchmarks.
/// </summary>
/// <remarks>
/// Values are placed by position (<c>field</c>, optional <c>component</c>, <c>subComponent</c>, <c>repetition</c>, all
/// 1-based as in the standard) in any order; the writer emits the delimiters between them, and trailing empty
/// positions are not written. MSH-1 and MSH-2 come from the encoding and cannot be set.
/// <code>
/// using var writer = new Hl7v2MessageWriter(textWriter);
/// writer.Segment("MSH").Set(9, 1, "ORU").Set(9, 2, "R01").Set(10, "MSG1").Set(12, "2.5.1").End();
/// writer.Segment("OBX").Set(2, "NM").Set(3, 1, "718-7").Set(3, 3, "LN").Set(5, "13.2").End();
/// writer.EndMessage();
/// </code>
/// </remarks>
public sealed class Hl7v2MessageWriter : IDisposable
{
    private readonly TextWriter _output;
    private readonly bool _mllp;
    private readonly string _segmentTerminator;
    private readonly bool _leaveOpen;
    private readonly Hl7v2SegmentBuilder _segment;
    private readonly StringBuilder _line = new(256);
    private bool _inMessage;

    /// <param name="output">Where the messages go.</param>
    /// <param name="encoding">The delimiters; <see cref="Hl7v2Encoding.Default"/> when null.</param>
    /// <param name="segmentTerminator">CR by default, as the standard requires; LF or CRLF for files meant for people.</param>
    /// <param name="mllp">Wraps every message in an MLLP frame (0x0B … 0x1C 0x0D).</param>
    /// <param name="leaveOpen">Whether disposing the writer leaves <paramref name="output"/> open.</param>
    public Hl7v2MessageWriter(TextWriter output, Hl7v2Encoding? encoding = null, string segmentTerminator = "\r", bool mllp = false, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        Encoding = encoding ?? Hl7v2Encoding.Default;
        _segmentTerminator = segmentTerminator;
        _mllp = mllp;
        _leaveOpen = leaveOpen;
        _segment = new Hl7v2SegmentBuilder(this);
    }

    /// <summary>The delimiters written to MSH-1 and MSH-2 and used for escaping.</summary>
    public Hl7v2Encoding Encoding { get; }

    /// <summary>
    /// Starts a segment; call <see cref="Hl7v2SegmentBuilder.End"/> to write it. An MSH segment starts a new message
    /// (ending the previous one).
    /// </summary>
    public Hl7v2SegmentBuilder Segment(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length != 3 || !id.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)) || !char.IsAsciiLetterUpper(id[0]))
        {
            throw new ArgumentException("A segment id is three characters, A-Z then A-Z or 0-9.", nameof(id));
        }

        if (id == "MSH")
        {
            EndMessage();
            if (_mllp)
            {
                _output.Write('\x0B');
            }

            _inMessage = true;
        }
        else if (!_inMessage)
        {
            throw new InvalidOperationException("A message starts with an MSH segment.");
        }

        _segment.Reset(id);
        return _segment;
    }

    /// <summary>Ends the current message (writes the MLLP end block when framing). Safe to call when no message is open.</summary>
    public void EndMessage()
    {
        if (!_inMessage)
        {
            return;
        }

        if (_mllp)
        {
            _output.Write("\x1C\r");
        }

        _inMessage = false;
    }

    public void Dispose()
    {
        EndMessage();
        _output.Flush();
        if (!_leaveOpen)
        {
            _output.Dispose();
        }
    }

    internal void WriteSegment(string id, SortedList<Hl7v2SegmentBuilder.Position, string> values)
    {
        var e = Encoding;
        _line.Clear().Append(id);
        int field = 0, repetition = 1, component = 1, subComponent = 1;
        if (id == "MSH")
        {
            _line.Append(e.FieldSeparator).Append(e.EncodingCharacters);
            field = 2;
        }

        foreach (var (position, value) in values)
        {
            if (position.Field > field)
            {
                _line.Append(e.FieldSeparator, position.Field - field);
                (field, repetition, component, subComponent) = (position.Field, 1, 1, 1);
            }

            if (position.Repetition > repetition)
            {
                _line.Append(e.RepetitionSeparator, position.Repetition - repetition);
                (repetition, component, subComponent) = (position.Repetition, 1, 1);
            }

            if (position.Component > component)
            {
                _line.Append(e.ComponentSeparator, position.Component - component);
                (component, subComponent) = (position.Component, 1);
            }

            if (position.SubComponent > subComponent)
            {
                _line.Append(e.SubComponentSeparator, position.SubComponent - subComponent);
                subComponent = position.SubComponent;
            }

            Hl7v2Escaping.Escape(value, e, _line);
        }

        _line.Append(_segmentTerminator);
        _output.Write(_line);
    }
}

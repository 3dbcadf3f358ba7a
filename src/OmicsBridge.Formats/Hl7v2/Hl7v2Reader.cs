using System.Buffers;
using System.Text;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// Reads HL7 v2 messages from a stream, one message at a time: a file may hold one or many messages, framed by
/// MLLP (<c>0x0B … 0x1C 0x0D</c>) or not, with segments ended by CR, LF or CRLF and an optional UTF-8 byte order mark.
/// </summary>
/// <remarks>
/// A message starts at every segment whose id is <c>MSH</c>; batch envelopes (<c>FHS BHS BTS FTS</c>) are skipped.
/// Only the current message is held in memory. Problems that belong to no message (an empty file, lines before the
/// first MSH) are in <see cref="Issues"/>; problems inside a message are in <see cref="Hl7v2Message.Issues"/>, and a
/// message with an error is still returned so the caller can reject it and read on. Text is decoded as UTF-8.
/// </remarks>
public sealed class Hl7v2Reader : IDisposable
{
    private const int MaxIssuesPerMessage = 50;

    // Embedded documents (ED, Base64 PDFs) make long segments legitimate; past this, a "segment" is binary garbage.
    private const int DefaultMaxSegmentLength = 64 * 1024 * 1024;
    private static readonly SearchValues<char> s_lineBreaks = SearchValues.Create("\r\n\x0B\x1C");

    private readonly TextReader _text;
    private readonly string _file;
    private readonly List<ParseIssue> _issues = [];
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _lineBuilder = new();
    private int _position;
    private int _length;
    private bool _endOfStream;
    private long _lineNumber;
    private RawLine? _pending;
    private int _messageCount;
    private bool _sawContent;
    private long _orphanLine;
    private int _orphanCount;
    private bool _frameStartPending;
    private readonly int _maxSegmentLength;

    /// <param name="stream">The bytes to read; UTF-8, with or without a byte order mark.</param>
    /// <param name="file">The name used in every issue (a file name, not a full path with user folders).</param>
    /// <param name="leaveOpen">Whether disposing the reader leaves <paramref name="stream"/> open.</param>
    /// <param name="maxSegmentLength">Longer segments are cut and reported (HL7013) instead of filling memory.</param>
    public Hl7v2Reader(Stream stream, string file, bool leaveOpen = false, int maxSegmentLength = DefaultMaxSegmentLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxSegmentLength, 16);
        _maxSegmentLength = maxSegmentLength;
        ArgumentNullException.ThrowIfNull(stream);
        _text = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true, bufferSize: 16 * 1024, leaveOpen);
        _file = file;
    }

    /// <summary>Opens <paramref name="path"/> for sequential reading; issues name the file without its folder.</summary>
    public static Hl7v2Reader Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        return new Hl7v2Reader(stream, Path.GetFileName(path));
    }

    /// <summary>Issues that belong to no message: an empty file, no MSH at all, text outside any message.</summary>
    public IReadOnlyList<ParseIssue> Issues => _issues;

    /// <summary>Reads every remaining message lazily.</summary>
    public IEnumerable<Hl7v2Message> ReadMessages()
    {
        while (ReadMessage() is { } message)
        {
            yield return message;
        }
    }

    /// <summary>The next message, or null at the end of the stream.</summary>
    public Hl7v2Message? ReadMessage()
    {
        MessageBuilder? message = null;
        while (_pending is { } line || TryReadLine(out line))
        {
            _pending = null;
            var text = line.Text;
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                // Concatenated files can carry a byte order mark at the start of every message.
                text = text[1..];
            }

            if (text.Length > 0)
            {
                _sawContent = true;
            }

            // A start block may sit alone on its line (0x0B CR MSH…); the frame still belongs to the next MSH.
            _frameStartPending |= line.StartsFrame && message is null;

            if (text.StartsWith("MSH", StringComparison.Ordinal))
            {
                if (message is not null)
                {
                    _pending = line;
                    return message.Build();
                }

                FlushOrphans(messageFollows: true);
                message = StartMessage(text, line, _frameStartPending || line.StartsFrame);
                _frameStartPending = false;
            }
            else if (text.Length == 0 || IsBatchEnvelope(text))
            {
                // Blank lines and batch headers/trailers carry no message content.
            }
            else if (message is null)
            {
                if (_orphanCount++ == 0)
                {
                    _orphanLine = line.Number;
                }
            }
            else if (line.Oversized)
            {
                message.Reject("HL7013", line.Number, $"segment is longer than {_maxSegmentLength} characters; it was cut and skipped");
            }
            else
            {
                message.Add(text, line.Number);
            }

            if (message is not null)
            {
                message.Track(line);
                if (line.EndsFrame)
                {
                    return message.Build();
                }
            }
        }

        if (message is not null)
        {
            return message.Build();
        }

        FlushOrphans(messageFollows: false);
        if (!_sawContent && _messageCount == 0 && _issues.Count == 0)
        {
            _issues.Add(new ParseIssue("HL7001", IssueSeverity.Error, _file, 1, null, null, "the file is empty: no HL7 v2 message"));
        }

        return null;
    }

    public void Dispose() => _text.Dispose();

    private static bool IsBatchEnvelope(string text)
        => text.Length >= 3 && text.AsSpan(0, 3) is "FHS" or "BHS" or "BTS" or "FTS" && (text.Length == 3 || !char.IsAsciiLetterOrDigit(text[3]));

    private MessageBuilder StartMessage(string text, RawLine line, bool framed)
    {
        _messageCount++;
        var builder = new MessageBuilder(this, line.Number, _messageCount, framed);
        if (text.Length < 8)
        {
            builder.Fail("MSH-2", "MSH is too short to hold the field separator and the encoding characters");
            return builder;
        }

        var separator = text[3];
        var rest = text.AsSpan(4);
        var end = rest.IndexOf(separator);
        var encodingCharacters = end < 0 ? rest : rest[..end];
        if (!Hl7v2Encoding.TryCreate(separator, encodingCharacters, out var encoding, out var error))
        {
            builder.Fail(separator == '|' ? "MSH-2" : "MSH-1", error!);
            return builder;
        }

        builder.Begin(text, encoding);
        return builder;
    }

    private void FlushOrphans(bool messageFollows)
    {
        if (_orphanCount == 0)
        {
            return;
        }

        var message = _messageCount == 0 && !messageFollows
            ? $"no MSH segment found; {_orphanCount} line(s) skipped"
            : $"{_orphanCount} line(s) outside any message (before an MSH segment) skipped";
        _issues.Add(new ParseIssue("HL7002", IssueSeverity.Error, _file, _orphanLine, null, null, message));
        _orphanCount = 0;
    }

    private bool TryReadLine(out RawLine line)
    {
        _lineBuilder.Clear();
        var startsFrame = false;
        var oversized = false;
        while (true)
        {
            if (_position == _length && !Fill())
            {
                if (_lineBuilder.Length == 0)
                {
                    line = default;
                    return false;
                }

                line = new RawLine(_lineBuilder.ToString(), ++_lineNumber, Terminated: false, startsFrame, EndsFrame: false, oversized);
                return true;
            }

            var span = _buffer.AsSpan(_position, _length - _position);
            var stop = span.IndexOfAny(s_lineBreaks);
            if (stop < 0)
            {
                AppendCapped(span, ref oversized);
                _position = _length;
                continue;
            }

            AppendCapped(span[..stop], ref oversized);
            var c = span[stop];
            _position += stop + 1;
            if (c == '\x0B')
            {
                startsFrame = true;
                continue;
            }

            var endsFrame = c == '\x1C';
            if (c == '\r' || endsFrame)
            {
                // CRLF is one terminator, and so is the CR that must follow the MLLP end block.
                if (PeekIs(endsFrame ? '\r' : '\n'))
                {
                    _position++;
                }
            }

            line = new RawLine(_lineBuilder.ToString(), ++_lineNumber, Terminated: true, startsFrame, endsFrame, oversized);
            return true;
        }
    }

    private void AppendCapped(ReadOnlySpan<char> chars, ref bool oversized)
    {
        var room = _maxSegmentLength - _lineBuilder.Length;
        if (chars.Length > room)
        {
            oversized = true;
            chars = chars[..Math.Max(room, 0)];
        }

        _lineBuilder.Append(chars);
    }

    private bool PeekIs(char expected) => (_position < _length || Fill()) && _buffer[_position] == expected;

    private bool Fill()
    {
        if (_endOfStream)
        {
            return false;
        }

        _length = _text.Read(_buffer, 0, _buffer.Length);
        _position = 0;
        _endOfStream = _length == 0;
        return !_endOfStream;
    }

    private readonly record struct RawLine(string Text, long Number, bool Terminated, bool StartsFrame, bool EndsFrame, bool Oversized = false);

    /// <summary>Collects one message's segments and issues; validation here is per segment, so it stays streaming.</summary>
    private sealed class MessageBuilder(Hl7v2Reader reader, long line, int ordinal, bool framed)
    {
        private readonly List<Hl7v2Segment> _segments = [];
        private readonly List<ParseIssue> _issues = [];
        private Hl7v2Encoding? _encoding;
        private bool _failed;
        private bool _frameClosed;
        private RawLine _last;

        public void Fail(string field, string reason)
        {
            _failed = true;
            Report("HL7003", IssueSeverity.Error, line, null, field, reason + "; the message cannot be read");
        }

        public void Begin(string text, Hl7v2Encoding encoding)
        {
            _encoding = encoding;
            var afterDelimiters = 4 + encoding.EncodingCharacters.Length;
            if (Check(text, line, "MSH", afterDelimiters))
            {
                _segments.Add(new Hl7v2Segment(text, encoding, line, 1));
            }
        }

        public void Add(string text, long number)
        {
            if (_failed || _encoding is null)
            {
                return;
            }

            if (!HasValidId(text, _encoding.FieldSeparator))
            {
                Report("HL7004", IssueSeverity.Error, number, 1, null,
                    "segment does not start with a 3-character id (A-Z, 0-9) followed by the field separator; it may be truncated or use another field separator");
                return;
            }

            if (Check(text, number, text[..3], 4))
            {
                _segments.Add(new Hl7v2Segment(text, _encoding, number, _segments.Count + 1));
            }
        }

        public void Reject(string code, long number, string reason) => Report(code, IssueSeverity.Error, number, null, null, reason);

        public void Track(RawLine raw)
        {
            _last = raw;
            _frameClosed |= raw.EndsFrame;
        }

        public Hl7v2Message Build()
        {
            if (framed && !_frameClosed)
            {
                Report("HL7007", IssueSeverity.Error, _last.Number, null, null,
                    "MLLP frame has no end block (0x1C 0x0D): the message is truncated");
            }
            else if (!_last.Terminated && _last.Text.Length > 0 && !framed)
            {
                Report("HL7006", IssueSeverity.Warning, _last.Number, null, null,
                    "the last segment has no terminator (CR, LF or CRLF); check that the file is complete");
            }

            return new Hl7v2Message(reader._file, line, ordinal, _failed ? null : _encoding, _failed ? [] : _segments, _issues);
        }

        private bool Check(string text, long number, string id, int from)
        {
            var span = text.AsSpan();
            from = Math.Min(from, span.Length);
            for (var i = from; i < span.Length; i++)
            {
                var c = span[i];
                if ((c < ' ' && c != '\t') || c == '\x7F' || c == '\uFFFD')
                {
                    Report("HL7005", IssueSeverity.Error, number, i + 1, id,
                        "control character or byte sequence that is not UTF-8 inside the segment (binary data must be escaped or Base64)");
                    return false;
                }
            }

            var open = Hl7v2Escaping.FindUnclosedEscape(span[from..], _encoding!);
            if (open >= 0)
            {
                Report("HL7008", IssueSeverity.Error, number, from + open + 1, id,
                    "escape sequence is not closed before the next delimiter (a literal escape character must be sent as \\E\\)");
            }

            return true;
        }

        private static bool HasValidId(string text, char separator)
            => text.Length >= 3
               && char.IsAsciiLetterUpper(text[0])
               && (char.IsAsciiLetterUpper(text[1]) || char.IsAsciiDigit(text[1]))
               && (char.IsAsciiLetterUpper(text[2]) || char.IsAsciiDigit(text[2]))
               && (text.Length == 3 || text[3] == separator);

        private void Report(string code, IssueSeverity severity, long number, int? column, string? field, string message)
        {
            if (_issues.Count < MaxIssuesPerMessage)
            {
                _issues.Add(new ParseIssue(code, severity, reader._file, number, column, field, message));
            }
            else if (_issues.Count == MaxIssuesPerMessage)
            {
                _issues.Add(new ParseIssue("HL7011", IssueSeverity.Error, reader._file, number, null, null,
                    $"more than {MaxIssuesPerMessage} issues in this message; the rest are not listed"));
            }
        }
    }
}

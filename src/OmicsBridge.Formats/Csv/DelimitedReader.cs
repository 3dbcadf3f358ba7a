using System.Buffers;
using System.Text;

namespace OmicsBridge.Formats.Csv;

/// <summary>
/// A streaming reader of comma-, tab- or semicolon-separated text (RFC 4180 quoting), plain or gzip.
/// </summary>
/// <remarks>
/// <para>Quotes are honoured only at the start of a field: <c>"a,b"</c> is one field, <c>""</c> inside quotes is one
/// quote, and a quoted field may span lines (line numbers stay right). A quote inside an unquoted field is kept
/// literally (<c>5" tube</c>), and text after a closing quote is appended to the field, as spreadsheets export it.</para>
/// <para>A UTF-8 or UTF-16 byte-order mark is removed; CRLF, LF and a lone CR all end a record; blank lines are
/// skipped. Gzip is detected from the magic bytes, not the file name. The reader fails with
/// <see cref="CsvIssueCodes.EmptyFile"/>, <see cref="CsvIssueCodes.BinaryFile"/>, <see cref="CsvIssueCodes.BrokenGzip"/>
/// or <see cref="CsvIssueCodes.UnterminatedQuote"/>, naming the file and line.</para>
/// </remarks>
public sealed class DelimitedReader : IDisposable
{
    private const int BufferSize = 1 << 16;
    private const char Quote = '"';

    private readonly DelimitedSource _source;
    private readonly StreamReader _text;
    private readonly char? _commentChar;
    private readonly SearchValues<char> _fieldStops;
    private readonly char[] _buffer = new char[BufferSize];
    private int _pos;
    private int _end;
    private bool _eof;
    private long _line = 1;

    private char[] _rowChars = new char[1024];
    private int _rowLength;
    private int[] _starts = new int[64];
    private int[] _ends = new int[64];
    private int _fieldCount;

    /// <summary>Opens <paramref name="path"/>; fails at once if it is empty, binary or not readable.</summary>
    public DelimitedReader(string path, DelimitedReaderOptions? options = null)
        : this(DelimitedSource.Open(path), Path.GetFileName(path), options)
    {
    }

    /// <summary>Reads <paramref name="stream"/>; gzip is detected when the stream can seek.</summary>
    public DelimitedReader(Stream stream, string fileName, DelimitedReaderOptions? options = null, bool leaveOpen = false)
        : this(DelimitedSource.Wrap(stream, leaveOpen), fileName, options)
    {
    }

    private DelimitedReader(DelimitedSource source, string fileName, DelimitedReaderOptions? options)
    {
        options ??= DelimitedReaderOptions.Default;
        _source = source;
        FileName = fileName;
        _commentChar = options.CommentChar;
        _text = new StreamReader(source, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: BufferSize);
        try
        {
            Fill();
            if (_buffer.AsSpan(0, _end).IndexOfAnyExcept(" \t\r\n\uFEFF") < 0 && _text.Peek() < 0)
            {
                CsvThrow.Fatal(CsvIssueCodes.EmptyFile, FileName, 1, "the file is empty");
            }

            if (_buffer.AsSpan(0, _end).Contains('\0'))
            {
                CsvThrow.Fatal(CsvIssueCodes.BinaryFile, FileName, 1, "looks like a binary file (NUL bytes in the first block), not delimited text");
            }

            Delimiter = options.Delimiter ?? DetectDelimiter(fileName);
            _fieldStops = SearchValues.Create([Delimiter, '\n', '\r']);
        }
        catch
        {
            _text.Dispose();
            throw;
        }
    }

    /// <summary>The file name used in issues.</summary>
    public string FileName { get; }

    /// <summary>The field delimiter, given or detected.</summary>
    public char Delimiter { get; }

    /// <summary>Whether the content was gzip-compressed.</summary>
    public bool IsGzip => _source.IsGzip;

    /// <summary>Reads the next record; <see langword="false"/> at the end of the file.</summary>
    public bool TryReadRow(out DelimitedRow row)
    {
        _rowLength = 0;
        _fieldCount = 0;
        while (true)
        {
            if (_pos == _end && !Fill())
            {
                row = default;
                return false;
            }

            var c = _buffer[_pos];
            if (c is '\n' or '\r')
            {
                ConsumeNewline();
                continue;
            }

            if (c == _commentChar)
            {
                SkipLine();
                continue;
            }

            break;
        }

        var startLine = _line;
        if (TrySplitInPlace(out var lineStart))
        {
            row = new DelimitedRow(_buffer.AsSpan(lineStart), _starts.AsSpan(0, _fieldCount), _ends.AsSpan(0, _fieldCount), startLine, startLine);
            return true;
        }

        while (ReadField())
        {
        }

        row = new DelimitedRow(_rowChars.AsSpan(0, _rowLength), _starts.AsSpan(0, _fieldCount), _ends.AsSpan(0, _fieldCount), startLine, _line - 1);
        return true;
    }

    // The fast path, taken by almost every line: a whole line in the buffer with no quote is split where it lies,
    // with no copy. Anything else (a quote, a line crossing the buffer end) goes the field-by-field way.
    private bool TrySplitInPlace(out int lineStart)
    {
        lineStart = _pos;
        var eol = _buffer.AsSpan(_pos, _end - _pos).IndexOfAny('\n', '\r');
        if (eol < 0 && !_eof && _pos > 0)
        {
            Fill();
            lineStart = _pos;
            eol = _buffer.AsSpan(_pos, _end - _pos).IndexOfAny('\n', '\r');
        }

        if (eol < 0 && !_eof)
        {
            return false;
        }

        var lineLength = eol < 0 ? _end - _pos : eol;
        var newlineLength = 0;
        if (eol >= 0)
        {
            newlineLength = 1;
            if (_buffer[_pos + eol] == '\r')
            {
                // CRLF split across the buffer end: let the slow path peek.
                if (_pos + eol + 1 == _end && !_eof)
                {
                    return false;
                }

                newlineLength = _pos + eol + 1 < _end && _buffer[_pos + eol + 1] == '\n' ? 2 : 1;
            }
        }

        var line = _buffer.AsSpan(_pos, lineLength);
        if (line.Contains(Quote))
        {
            return false;
        }

        var offset = 0;
        while (true)
        {
            if (_fieldCount == _starts.Length)
            {
                Array.Resize(ref _starts, _starts.Length * 2);
                Array.Resize(ref _ends, _ends.Length * 2);
            }

            var next = line[offset..].IndexOf(Delimiter);
            _starts[_fieldCount] = offset;
            if (next < 0)
            {
                _ends[_fieldCount++] = lineLength;
                break;
            }

            _ends[_fieldCount++] = offset + next;
            offset += next + 1;
        }

        _pos += lineLength + newlineLength;
        _line++;
        return true;
    }

    public void Dispose() => _text.Dispose();

    // Returns true when a delimiter ended the field (another follows), false at the end of the record.
    private bool ReadField()
    {
        BeginField();
        if (_pos == _end && !Fill())
        {
            EndField();
            _line++;
            return false;
        }

        if (_buffer[_pos] == Quote)
        {
            _pos++;
            ReadQuoted();
        }

        while (true)
        {
            if (_pos == _end && !Fill())
            {
                EndField();
                _line++;
                return false;
            }

            var span = _buffer.AsSpan(_pos, _end - _pos);
            var stop = span.IndexOfAny(_fieldStops);
            if (stop < 0)
            {
                Append(span);
                _pos = _end;
                continue;
            }

            Append(span[..stop]);
            _pos += stop;
            EndField();
            if (_buffer[_pos] == Delimiter)
            {
                _pos++;
                return true;
            }

            ConsumeNewline();
            return false;
        }
    }

    private void ReadQuoted()
    {
        var openedOn = _line;
        while (true)
        {
            if (_pos == _end && !Fill())
            {
                CsvThrow.Fatal(CsvIssueCodes.UnterminatedQuote, FileName, openedOn, "a quoted field opens here and the file ends before its closing quote");
            }

            var span = _buffer.AsSpan(_pos, _end - _pos);
            var stop = span.IndexOfAny(Quote, '\n', '\r');
            if (stop < 0)
            {
                Append(span);
                _pos = _end;
                continue;
            }

            Append(span[..stop]);
            _pos += stop;
            var c = _buffer[_pos++];
            if (c == '\n')
            {
                Append("\n");
                _line++;
                continue;
            }

            if (c == '\r')
            {
                Append("\r");
                if ((_pos < _end || Fill()) && _buffer[_pos] == '\n')
                {
                    Append("\n");
                    _pos++;
                }

                _line++;
                continue;
            }

            // A quote: doubled means a literal quote, else the field's closing quote.
            if ((_pos < _end || Fill()) && _buffer[_pos] == Quote)
            {
                Append("\"");
                _pos++;
                continue;
            }

            return;
        }
    }

    private void ConsumeNewline()
    {
        var c = _buffer[_pos++];
        if (c == '\r' && (_pos < _end || Fill()) && _buffer[_pos] == '\n')
        {
            _pos++;
        }

        _line++;
    }

    private void SkipLine()
    {
        while (true)
        {
            if (_pos == _end && !Fill())
            {
                return;
            }

            var stop = _buffer.AsSpan(_pos, _end - _pos).IndexOfAny('\n', '\r');
            if (stop < 0)
            {
                _pos = _end;
                continue;
            }

            _pos += stop;
            ConsumeNewline();
            return;
        }
    }

    private void BeginField()
    {
        if (_fieldCount == _starts.Length)
        {
            Array.Resize(ref _starts, _starts.Length * 2);
            Array.Resize(ref _ends, _ends.Length * 2);
        }

        _starts[_fieldCount] = _rowLength;
    }

    private void EndField() => _ends[_fieldCount++] = _rowLength;

    private void Append(ReadOnlySpan<char> chars)
    {
        if (_rowLength + chars.Length > _rowChars.Length)
        {
            Array.Resize(ref _rowChars, Math.Max(_rowChars.Length * 2, _rowLength + chars.Length));
        }

        chars.CopyTo(_rowChars.AsSpan(_rowLength));
        _rowLength += chars.Length;
    }

    // Keeps unread characters and appends more; false at the end of the input.
    private bool Fill()
    {
        if (_eof)
        {
            return _pos < _end;
        }

        if (_pos > 0)
        {
            _buffer.AsSpan(_pos, _end - _pos).CopyTo(_buffer);
            _end -= _pos;
            _pos = 0;
        }

        int read;
        try
        {
            read = _text.Read(_buffer, _end, _buffer.Length - _end);
        }
        catch (InvalidDataException ex)
        {
            CsvThrow.Fatal(CsvIssueCodes.BrokenGzip, FileName, _line, "the gzip stream is corrupt: " + ex.Message, ex);
            throw;
        }

        if (read == 0)
        {
            _eof = true;
            if (!_source.VerifyComplete())
            {
                CsvThrow.Fatal(CsvIssueCodes.BrokenGzip, FileName, _line, "the gzip file is truncated (its content ends before the gzip trailer)");
            }

            return _pos < _end;
        }

        _end += read;
        return true;
    }

    // Counts candidates outside quotes on the first record; tab wins ties (a TSV's text often holds commas).
    private char DetectDelimiter(string fileName)
    {
        var span = _buffer.AsSpan(0, _end);
        while (span.Length > 0 && (span[0] is '\n' or '\r' || span[0] == _commentChar))
        {
            var next = span[0] is '\n' or '\r' ? 0 : span.IndexOfAny('\n', '\r');
            span = next < 0 ? [] : span[(next + 1)..];
        }

        int tabs = 0, commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in span)
        {
            if (c == Quote)
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c is '\n' or '\r')
                {
                    break;
                }

                tabs += c == '\t' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
        }

        if (tabs == 0 && commas == 0 && semicolons == 0)
        {
            var extension = Path.GetExtension(fileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? fileName[..^3] : fileName);
            return extension.Equals(".csv", StringComparison.OrdinalIgnoreCase) ? ',' : '\t';
        }

        return tabs >= commas && tabs >= semicolons ? '\t' : commas >= semicolons ? ',' : ';';
    }
}

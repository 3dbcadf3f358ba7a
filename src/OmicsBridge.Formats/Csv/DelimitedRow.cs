namespace OmicsBridge.Formats.Csv;

/// <summary>
/// One record of a delimited file: a view over the reader's buffers, valid until the next
/// <see cref="DelimitedReader.TryReadRow(out DelimitedRow)"/>.
/// </summary>
/// <remarks>Quoted fields are already unquoted (<c>""</c> → <c>"</c>); embedded line breaks are kept as read.</remarks>
public readonly ref struct DelimitedRow
{
    private readonly ReadOnlySpan<char> _chars;
    private readonly ReadOnlySpan<int> _starts;
    private readonly ReadOnlySpan<int> _ends;

    internal DelimitedRow(ReadOnlySpan<char> chars, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, long lineNumber, long endLineNumber)
    {
        _chars = chars;
        _starts = starts;
        _ends = ends;
        LineNumber = lineNumber;
        EndLineNumber = endLineNumber;
    }

    /// <summary>The number of fields (a trailing delimiter makes a last, empty field).</summary>
    public int Count => _starts.Length;

    /// <summary>The 1-based line on which the record starts.</summary>
    public long LineNumber { get; }

    /// <summary>The 1-based line on which the record ends (greater than <see cref="LineNumber"/> when a quoted field spans lines).</summary>
    public long EndLineNumber { get; }

    /// <summary>The text of field <paramref name="index"/>.</summary>
    public ReadOnlySpan<char> this[int index] => _chars[_starts[index].._ends[index]];

    /// <summary>Field <paramref name="index"/> as a new string.</summary>
    public string GetString(int index) => new(this[index]);

    /// <summary>Every field as a new string.</summary>
    public string[] ToArray()
    {
        var fields = new string[Count];
        for (var i = 0; i < fields.Length; i++)
        {
            fields[i] = GetString(i);
        }

        return fields;
    }
}

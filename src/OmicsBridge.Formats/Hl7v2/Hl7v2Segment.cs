namespace OmicsBridge.Formats.Hl7v2;

/// <summary>One segment of an HL7 v2 message, with its position in the file.</summary>
/// <remarks>
/// Field numbers follow the standard. For MSH that means MSH-1 is the field separator itself and MSH-2 the
/// encoding characters, so MSH-3 (sending application) is the first field after them.
/// </remarks>
public sealed class Hl7v2Segment
{
    private readonly string[] _fields;

    internal Hl7v2Segment(string raw, Hl7v2Encoding encoding, long line, int index)
    {
        Raw = raw;
        Encoding = encoding;
        Line = line;
        Index = index;
        var parts = raw.Split(encoding.FieldSeparator);
        Id = parts[0];
        if (Id == "MSH")
        {
            // parts[1] is MSH-2; MSH-1 is the separator we split on, so it is put back as a field of its own.
            _fields = new string[parts.Length + 1];
            _fields[0] = Id;
            _fields[1] = encoding.FieldSeparator.ToString();
            Array.Copy(parts, 1, _fields, 2, parts.Length - 1);
        }
        else
        {
            _fields = parts;
        }
    }

    /// <summary>The three-character segment id (<c>PID</c>, <c>OBX</c>, <c>ZPI</c>).</summary>
    public string Id { get; }

    /// <summary>The 1-based line of the file this segment starts on (CR, LF and CRLF each end one line).</summary>
    public long Line { get; }

    /// <summary>The 1-based position of this segment in its message (MSH is 1).</summary>
    public int Index { get; }

    /// <summary>The segment text as read, without its terminator.</summary>
    public string Raw { get; }

    /// <summary>The delimiters of the message this segment belongs to.</summary>
    public Hl7v2Encoding Encoding { get; }

    /// <summary>The number of the last field present (trailing empty fields included as sent).</summary>
    public int FieldCount => _fields.Length - 1;

    /// <summary>Field <paramref name="number"/> (1-based); an absent field is an empty value.</summary>
    public Hl7v2Value Field(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (number >= _fields.Length)
        {
            return default;
        }

        var level = Id == "MSH" && number <= 2 ? Hl7v2ValueLevel.Literal : Hl7v2ValueLevel.Field;
        return new Hl7v2Value(_fields[number], Encoding, level);
    }

    /// <summary>Shorthand for <c>Field(field).Component(component)</c>.</summary>
    public Hl7v2Value Field(int field, int component) => Field(field).Component(component);

    public override string ToString() => Raw;
}

namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// A raw piece of an HL7 v2 segment (a field, repetition, component or sub-component) that splits and unescapes
/// on demand, so unused fields cost nothing.
/// </summary>
/// <remarks>
/// Numbers are 1-based as in the standard (<c>PID-3.4.2</c> is <c>Field(3).Component(4).SubComponent(2)</c>).
/// Asking for a component of a field reads its first repetition; asking for a sub-component of a field or
/// repetition reads its first component. A position past the end is an empty value, never an exception.
/// </remarks>
public readonly struct Hl7v2Value : IEquatable<Hl7v2Value>
{
    private readonly string? _raw;
    private readonly Hl7v2Encoding? _encoding;

    internal Hl7v2Value(string raw, Hl7v2Encoding encoding, Hl7v2ValueLevel level)
    {
        _raw = raw;
        _encoding = encoding;
        Level = level;
    }

    /// <summary>The text as it stands in the message, escape sequences and delimiters included.</summary>
    public string Raw => _raw ?? string.Empty;

    /// <summary>Where this value sits in the hierarchy.</summary>
    public Hl7v2ValueLevel Level { get; }

    /// <summary>True when nothing was sent (the value is absent or empty).</summary>
    public bool IsEmpty => string.IsNullOrEmpty(_raw);

    /// <summary>True for the explicit HL7 null <c>""</c>, which means "delete the stored value".</summary>
    public bool IsExplicitNull => _raw == "\"\"";

    /// <summary>
    /// The unescaped text, or null when empty or the explicit null <c>""</c>. For a composite value the delimiters stay
    /// in the text, which is what a strict check on a primitive type (NM, DT) wants to see.
    /// </summary>
    public string? Value
    {
        get
        {
            if (IsEmpty || IsExplicitNull)
            {
                return null;
            }

            // Most values hold no escape sequence; they are returned without a copy.
            return Level == Hl7v2ValueLevel.Literal || !_raw!.Contains(_encoding!.EscapeCharacter, StringComparison.Ordinal)
                ? _raw
                : Hl7v2Escaping.Unescape(_raw, _encoding);
        }
    }

    /// <summary>The repetitions of a field (one for a field without the repetition separator, none when empty).</summary>
    public IReadOnlyList<Hl7v2Value> Repetitions
    {
        get
        {
            if (IsEmpty)
            {
                return [];
            }

            if (Level != Hl7v2ValueLevel.Field)
            {
                return [this];
            }

            var parts = _raw!.Split(_encoding!.RepetitionSeparator);
            var values = new Hl7v2Value[parts.Length];
            for (var i = 0; i < parts.Length; i++)
            {
                values[i] = new Hl7v2Value(parts[i], _encoding, Hl7v2ValueLevel.Repetition);
            }

            return values;
        }
    }

    /// <summary>How many components the (first repetition of the) value has.</summary>
    public int ComponentCount => IsEmpty ? 0 : FirstRepetitionRaw().Count(_encoding!.ComponentSeparator) + 1;

    /// <summary>Component <paramref name="number"/> (1-based) of the first repetition.</summary>
    public Hl7v2Value Component(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (IsEmpty || Level is Hl7v2ValueLevel.Component or Hl7v2ValueLevel.SubComponent or Hl7v2ValueLevel.Literal)
        {
            return number == 1 && !IsEmpty && Level != Hl7v2ValueLevel.Literal ? this : default;
        }

        var raw = _raw!;
        var end = Level == Hl7v2ValueLevel.Field ? raw.IndexOf(_encoding!.RepetitionSeparator, StringComparison.Ordinal) : -1;
        return new Hl7v2Value(Nth(raw, end < 0 ? raw.Length : end, _encoding!.ComponentSeparator, number), _encoding, Hl7v2ValueLevel.Component);
    }

    /// <summary>Sub-component <paramref name="number"/> (1-based) of the first component.</summary>
    public Hl7v2Value SubComponent(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (IsEmpty || Level == Hl7v2ValueLevel.Literal)
        {
            return default;
        }

        if (Level == Hl7v2ValueLevel.SubComponent)
        {
            return number == 1 ? this : default;
        }

        var component = Level == Hl7v2ValueLevel.Component ? _raw! : Component(1).Raw;
        return new Hl7v2Value(Nth(component, component.Length, _encoding!.SubComponentSeparator, number), _encoding, Hl7v2ValueLevel.SubComponent);
    }

    /// <summary>Shorthand for <c>Component(component).SubComponent(subComponent)</c>.</summary>
    public Hl7v2Value Component(int component, int subComponent) => Component(component).SubComponent(subComponent);

    public bool Equals(Hl7v2Value other) => Raw == other.Raw && Level == other.Level;

    public override bool Equals(object? obj) => obj is Hl7v2Value other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Raw, Level);

    public override string ToString() => Raw;

    public static bool operator ==(Hl7v2Value left, Hl7v2Value right) => left.Equals(right);

    public static bool operator !=(Hl7v2Value left, Hl7v2Value right) => !left.Equals(right);

    private ReadOnlySpan<char> FirstRepetitionRaw()
    {
        var raw = _raw.AsSpan();
        if (Level != Hl7v2ValueLevel.Field)
        {
            return raw;
        }

        var end = raw.IndexOf(_encoding!.RepetitionSeparator);
        return end < 0 ? raw : raw[..end];
    }

    /// <summary>Part <paramref name="number"/> of <c>source[..length]</c>; the source itself when it is the whole (no copy).</summary>
    private static string Nth(string source, int length, char separator, int number)
    {
        var text = source.AsSpan(0, length);
        var start = 0;
        for (var n = 1; n < number; n++)
        {
            var next = text[start..].IndexOf(separator);
            if (next < 0)
            {
                return string.Empty;
            }

            start += next + 1;
        }

        var end = text[start..].IndexOf(separator);
        var count = end < 0 ? text.Length - start : end;
        return start == 0 && count == source.Length ? source : source.Substring(start, count);
    }
}

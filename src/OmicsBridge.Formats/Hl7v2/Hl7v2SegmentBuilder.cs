namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// Collects the values of one segment for <see cref="Hl7v2MessageWriter"/>. The writer reuses one builder, so a
/// builder is valid only until <see cref="End"/>.
/// </summary>
public sealed class Hl7v2SegmentBuilder
{
    private readonly Hl7v2MessageWriter _writer;
    private readonly SortedList<Position, string> _values = [];
    private string _id = "MSH";

    internal Hl7v2SegmentBuilder(Hl7v2MessageWriter writer) => _writer = writer;

    /// <summary>Sets a whole field (its first repetition, first component) to plain text, which is escaped.</summary>
    public Hl7v2SegmentBuilder Set(int field, string? value) => Set(field, 1, 1, 1, value);

    /// <summary>Sets one component of a field's first repetition.</summary>
    public Hl7v2SegmentBuilder Set(int field, int component, string? value) => Set(field, component, 1, 1, value);

    /// <summary>Sets one sub-component of a field's first repetition.</summary>
    public Hl7v2SegmentBuilder Set(int field, int component, int subComponent, string? value) => Set(field, component, subComponent, 1, value);

    /// <summary>Sets a value at any position; null or empty leaves the position empty.</summary>
    public Hl7v2SegmentBuilder Set(int field, int component, int subComponent, int repetition, string? value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(field, _id == "MSH" ? 3 : 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(component, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(subComponent, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(repetition, 1);
        var position = new Position(field, repetition, component, subComponent);
        if (string.IsNullOrEmpty(value))
        {
            _values.Remove(position);
        }
        else
        {
            _values[position] = value;
        }

        return this;
    }

    /// <summary>Sets the components of one repetition of a field at once (<c>SetRepetition(3, 2, "123", null, null, "AUTH")</c>).</summary>
    public Hl7v2SegmentBuilder SetRepetition(int field, int repetition, params string?[] components)
    {
        ArgumentNullException.ThrowIfNull(components);
        for (var i = 0; i < components.Length; i++)
        {
            Set(field, i + 1, 1, repetition, components[i]);
        }

        return this;
    }

    /// <summary>Sets the components of a field's first repetition at once (<c>SetComponents(3, "718-7", "Hemoglobin", "LN")</c>).</summary>
    public Hl7v2SegmentBuilder SetComponents(int field, params string?[] components) => SetRepetition(field, 1, components);

    /// <summary>Writes the segment.</summary>
    public void End() => _writer.WriteSegment(_id, _values);

    internal void Reset(string id)
    {
        _id = id;
        _values.Clear();
    }

    internal readonly record struct Position(int Field, int Repetition, int Component, int SubComponent) : IComparable<Position>
    {
        public int CompareTo(Position other)
        {
            var c = Field.CompareTo(other.Field);
            if (c == 0)
            {
                c = Repetition.CompareTo(other.Repetition);
            }

            if (c == 0)
            {
                c = Component.CompareTo(other.Component);
            }

            return c == 0 ? SubComponent.CompareTo(other.SubComponent) : c;
        }
    }
}

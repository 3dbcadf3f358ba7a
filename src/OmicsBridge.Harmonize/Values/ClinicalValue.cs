namespace OmicsBridge.Harmonize.Values;

/// <summary>
/// A free-text lab result split into the <c>observation</c> table's value columns. <see cref="Original"/> always
/// holds the text as received.
/// </summary>
/// <remarks>
/// At most one of <see cref="Number"/>, <see cref="Code"/> and <see cref="Text"/> is set; none is set when the text
/// is a missing-value marker (<see cref="IsMissing"/>). <see cref="Unit"/> is the unit text as written after the
/// number (normalise it with <c>UnitNormalizer</c>).
/// </remarks>
public sealed record ClinicalValue
{
    /// <summary>The text as received, untrimmed.</summary>
    public required string Original { get; init; }

    /// <summary>The numeric value (<c>value_number</c>).</summary>
    public double? Number { get; init; }

    /// <summary><c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c> or <c>&gt;=</c> when the number is a bound, else <see langword="null"/>.</summary>
    public string? Comparator { get; init; }

    /// <summary>The unit text written after the number, trimmed.</summary>
    public string? Unit { get; init; }

    /// <summary>The SNOMED CT code of a qualitative result (<c>value_code</c>; vocabulary <c>SNOMED</c>).</summary>
    public string? Code { get; init; }

    /// <summary>The display of <see cref="Code"/>.</summary>
    public string? CodeDisplay { get; init; }

    /// <summary>Text that is neither a number nor a known qualitative result (<c>value_text</c>).</summary>
    public string? Text { get; init; }

    /// <summary>Whether the text was empty or a missing-value marker (<c>N/A</c>, <c>NA</c>, <c>null</c>, <c>-</c>).</summary>
    public bool IsMissing => Number is null && Code is null && Text is null;
}

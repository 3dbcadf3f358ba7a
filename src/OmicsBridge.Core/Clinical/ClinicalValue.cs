namespace OmicsBridge.Core.Clinical;

/// <summary>
/// The value of an observation or component, in the lake's columns: <c>value_number</c>, <c>comparator</c>,
/// <c>value_text</c>, <c>value_code</c>, <c>unit</c>, <c>unit_system</c>.
/// </summary>
/// <remarks>
/// <see cref="ValueText"/> always holds the value as the source wrote it (a number's literal, a code's display or
/// code, a string), so nothing is lost when the typed columns cannot hold it. A range (FHIR <c>valueRange</c>) fills
/// <see cref="ValueNumber"/> with the low end and <see cref="ValueNumberHigh"/> with the high end.
/// </remarks>
public sealed record ClinicalValue
{
    public decimal? ValueNumber { get; init; }

    /// <summary>The high end of a range value; <see langword="null"/> for single values.</summary>
    public decimal? ValueNumberHigh { get; init; }

    /// <summary><c>&lt;</c>, <c>&lt;=</c>, <c>&gt;=</c>, <c>&gt;</c> or <c>ad</c> as given; <see langword="null"/> for exact values.</summary>
    public string? Comparator { get; init; }

    public string? ValueText { get; init; }

    public Coding? ValueCode { get; init; }

    public bool? ValueBoolean { get; init; }

    /// <summary>The unit code when coded (UCUM <c>mmol/L</c>), else the human unit text.</summary>
    public string? Unit { get; init; }

    /// <summary>The unit's code system URI (<c>http://unitsofmeasure.org</c>), when given.</summary>
    public string? UnitSystem { get; init; }
}

namespace OmicsBridge.Formats.CsvMapping;

/// <summary>Where one target field comes from: a column or a constant, with an optional date format, value table or code map.</summary>
public sealed class CsvFieldMapping
{
    /// <summary>The extract's column (header name, case-insensitive).</summary>
    public string? Column { get; set; }

    /// <summary>A constant instead of a column (e.g. <c>vocabulary: { value: LOINC }</c>).</summary>
    public string? Value { get; set; }

    /// <summary>Date/time formats for this field (.NET custom format strings), tried in order; else the mapping's <c>date_formats</c>.</summary>
    public List<string> Formats { get; set; } = [];

    /// <summary>A code map name (under <c>code_maps</c>) through which a local code becomes a standard one.</summary>
    public string? Map { get; set; }

    /// <summary>Local value → stored value (<c>M: male</c>); a value not listed is kept as it is.</summary>
    public Dictionary<string, string> Values { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

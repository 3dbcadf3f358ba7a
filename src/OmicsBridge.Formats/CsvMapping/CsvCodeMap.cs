namespace OmicsBridge.Formats.CsvMapping;

/// <summary>A local-code table: entries inline in the mapping, or a CSV file (<c>local,vocabulary,code,display</c>) beside it.</summary>
public sealed class CsvCodeMap
{
    /// <summary>A CSV file, relative to the mapping file.</summary>
    public string? File { get; set; }

    public Dictionary<string, CsvCodeMapping> Entries { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}

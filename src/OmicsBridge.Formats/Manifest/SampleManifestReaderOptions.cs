namespace OmicsBridge.Formats.Manifest;

/// <summary>How a <see cref="SampleManifestReader"/> reads its file.</summary>
public sealed record SampleManifestReaderOptions
{
    /// <summary>The shared defaults.</summary>
    public static SampleManifestReaderOptions Default { get; } = new();

    /// <summary>The field delimiter; <see langword="null"/> detects it.</summary>
    public char? Delimiter { get; init; }

    /// <summary>How to read numeric dates that could be day- or month-first.</summary>
    public ManifestDateOrder DateOrder { get; init; } = ManifestDateOrder.Unspecified;

    /// <summary>The patient identifier system when the file has no system column and the id column is not an MRN.</summary>
    public string? DefaultPatientIdSystem { get; init; }
}

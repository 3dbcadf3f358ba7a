using System.Globalization;

namespace OmicsBridge.Lake.Delta;

/// <summary>
/// The <c>deletionVector</c> descriptor of an add or remove: which rows of the data file are deleted.
/// </summary>
/// <remarks>
/// <see cref="StorageType"/> is <c>u</c> (a file beside the table named by a z85-encoded UUID, with an optional
/// random prefix folder), <c>i</c> (the bitmap itself, z85-encoded inline) or <c>p</c> (an absolute path).
/// </remarks>
public sealed record DeltaDeletionVector(
    string StorageType,
    string PathOrInlineDv,
    int? Offset,
    int SizeInBytes,
    long Cardinality,
    long? MaxRowIndex = null)
{
    /// <summary>The protocol's unique id: storage type + path, plus <c>@offset</c> when there is one.</summary>
    public string UniqueId => Offset is null
        ? StorageType + PathOrInlineDv
        : string.Create(CultureInfo.InvariantCulture, $"{StorageType}{PathOrInlineDv}@{Offset}");
}

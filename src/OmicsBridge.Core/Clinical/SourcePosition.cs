namespace OmicsBridge.Core.Clinical;

/// <summary>Where a clinical record came from: the file, the line (NDJSON) or resource number, and the Bundle entry.</summary>
/// <param name="File">The source file name as given to the reader.</param>
/// <param name="Line">1-based NDJSON line, or 1 for a single JSON document.</param>
/// <param name="EntryIndex">The 0-based Bundle entry (<c>entry[3]</c>), or <see langword="null"/> outside a Bundle.</param>
public sealed record SourcePosition(string File, long Line, int? EntryIndex = null);

namespace OmicsBridge.Core.Clinical;

/// <summary>A reference range of an observation: low/high (with their unit) and the range text.</summary>
public sealed record ReferenceRange(decimal? Low, decimal? High, string? Unit, string? Text, Coding? Type = null);

namespace OmicsBridge.Core.Clinical;

/// <summary>A start/end pair where either end may be open or partial.</summary>
public sealed record Period(PartialDateTime? Start, PartialDateTime? End);

namespace OmicsBridge.Demo.Generation;

/// <summary>One generated input: its path, its source kind, and for a CSV extract the mapping YAML it is read through.</summary>
public sealed record DemoSource(string Kind, string Path, string? Mapping = null);

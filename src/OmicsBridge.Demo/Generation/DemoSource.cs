namespace OmicsBridge.Demo.Generation;

/// <summary>One generated input: its path and its source kind.</summary>
public sealed record DemoSource(string Kind, string Path);

namespace OmicsBridge.Demo.Generation;

/// <summary>The files the generator wrote, in ingest order, with the kind each is ingested as.</summary>
public sealed record DemoSources(IReadOnlyList<DemoSource> Files);

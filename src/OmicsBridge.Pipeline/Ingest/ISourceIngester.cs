namespace OmicsBridge.Pipeline.Ingest;

/// <summary>One kind of input (manifest, matrix, fhir, …): recognises its files and turns them into lake rows.</summary>
public interface ISourceIngester
{
    /// <summary>The kind's name on the command line: <c>omicsbridge ingest &lt;kind&gt; PATH…</c>.</summary>
    string Kind { get; }

    /// <summary>Whether a file looks like this kind, from its name and first bytes (for <c>ingest PATH…</c> without a kind).</summary>
    bool Recognizes(string fileName, ReadOnlySpan<byte> head);

    /// <summary>
    /// Reads the landed file and writes rows through <paramref name="context"/>. Record-level problems are rejected
    /// through the context and the rest of the file goes on; a problem that makes the whole file unreadable throws an
    /// <see cref="Core.Diagnostics.OmicsBridgeException"/>, and then nothing of the run is committed.
    /// </summary>
    void Ingest(IngestContext context, CancellationToken cancellationToken);
}

namespace OmicsBridge.Pipeline.Ingest;

/// <summary>A read-only pass-through stream that reports how far it has been read.</summary>
internal sealed class ProgressStream(Stream inner, string name, IProgress<IngestProgress>? progress) : Stream
{
    private const long ReportEvery = 4 << 20;
    private readonly long _length = inner.CanSeek ? inner.Length : -1;
    private long _lastReported;

    public override bool CanRead => true;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Report(inner.Read(buffer, offset, count));

    public override int Read(Span<byte> buffer) => Report(inner.Read(buffer));

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Report(await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            progress?.Report(new IngestProgress(name, _length, _length));
            inner.Dispose();
        }

        base.Dispose(disposing);
    }

    private int Report(int read)
    {
        if (progress is not null && inner.CanSeek && inner.Position - _lastReported >= ReportEvery)
        {
            _lastReported = inner.Position;
            progress.Report(new IngestProgress(name, _lastReported, _length));
        }

        return read;
    }
}

using System.Buffers;
using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.IO.Compression;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Vcf.Bgzf;

/// <summary>
/// A read-only stream over a BGZF file that inflates blocks on a background task, in order, through a bounded queue.
/// </summary>
/// <remarks>
/// Parsing a VCF line costs about as much as inflating it, so moving inflation to a second core roughly halves wall
/// time on two cores. Blocks are read in batches and inflated with up to <c>ProcessorCount - 1</c> threads; the queue
/// holds at most <see cref="QueueCapacity"/> blocks (≈ 4 MB), so memory stays flat whatever the file size. It passes
/// whole batches: handing over one block at a time made the two threads wake each other (and spin) per 64 KB.
/// Blocks inflate through <see cref="LibDeflate"/> when the system has it, as htslib's do, else through
/// <see cref="DeflateStream"/>; both give the same bytes and reject the same corrupt blocks.
/// A block cut short is fatal (VCF007): the caller must not commit anything from the file.
/// </remarks>
internal sealed class BgzfReader : Stream
{
    internal const int QueueCapacity = 64;
    private const int BatchSize = 8;
    private const int HeaderSize = 18;

    private readonly Stream _inner;
    private readonly string _fileName;
    private readonly int _degree;
    // Null when blocks inflate through DeflateStream; else one libdeflate decompressor per inflating thread, reused.
    private readonly ConcurrentBag<LibDeflate.Decompressor>? _decompressors;
    private BlockingCollection<InflatedBlock[]>? _queue;
    private InflatedBlock[] _taken = [];
    private int _takenIndex;
    private CancellationTokenSource? _cancel;
    private Task? _worker;
    private InflatedBlock? _current;
    private int _currentPosition;
    private bool _finished;

    public BgzfReader(Stream inner, string fileName)
        : this(inner, fileName, LibDeflate.IsAvailable)
    {
    }

    /// <summary>As the public constructor; <paramref name="useLibDeflate"/> false inflates through DeflateStream even where libdeflate is present.</summary>
    internal BgzfReader(Stream inner, string fileName, bool useLibDeflate)
    {
        _inner = inner;
        _fileName = fileName;
        _degree = Math.Max(1, Environment.ProcessorCount - 1);
        _decompressors = useLibDeflate ? [] : null;
        Start();
    }

    /// <summary>Set once the whole stream was read: whether the 28-byte empty EOF block was present.</summary>
    public bool SawEofMarker { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <summary>True when the stream starts with a gzip member carrying the BGZF <c>BC</c> extra field.</summary>
    public static bool IsBgzf(ReadOnlySpan<byte> head) =>
        head.Length >= 16 && head[0] == 0x1f && head[1] == 0x8b && head[2] == 8 && (head[3] & 4) != 0
        && head[12] == (byte)'B' && head[13] == (byte)'C';

    /// <summary>Moves to a virtual offset (compressed block offset &lt;&lt; 16 | offset inside the inflated block).</summary>
    public void SeekVirtual(long virtualOffset)
    {
        Stop();
        _inner.Position = (long)((ulong)virtualOffset >> 16);
        _finished = false;
        Start();
        var within = (int)(virtualOffset & 0xFFFF);
        if (within > 0 && NextBlock())
        {
            _currentPosition = Math.Min(within, _current!.Length);
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        while (true)
        {
            if (_current is not null && _currentPosition < _current.Length)
            {
                var n = Math.Min(buffer.Length, _current.Length - _currentPosition);
                _current.Data.AsSpan(_currentPosition, n).CopyTo(buffer);
                _currentPosition += n;
                return n;
            }

            if (!NextBlock())
            {
                return 0;
            }
        }
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Stop();
            _inner.Dispose();
            while (_decompressors?.TryTake(out var decompressor) == true)
            {
                decompressor.Dispose();
            }
        }

        base.Dispose(disposing);
    }

    private bool NextBlock()
    {
        ReleaseCurrent();
        if (_finished)
        {
            return false;
        }

        while (true)
        {
            if (_takenIndex == _taken.Length)
            {
                if (!_queue!.TryTake(out var batch, Timeout.Infinite))
                {
                    _finished = true;
                    return false;
                }

                _taken = batch;
                _takenIndex = 0;
                continue;
            }

            var block = _taken[_takenIndex++];
            if (block.Error is not null)
            {
                _finished = true;
                throw block.Error;
            }

            if (block.IsEnd)
            {
                _finished = true;
                SawEofMarker = block.SawEofMarker;
                return false;
            }

            if (block.Length == 0)
            {
                ReturnBuffer(block);
                continue;
            }

            _current = block;
            _currentPosition = 0;
            return true;
        }
    }

    private void ReleaseCurrent()
    {
        if (_current is not null)
        {
            ReturnBuffer(_current);
            _current = null;
        }
    }

    private static void ReturnBuffer(InflatedBlock block)
    {
        if (block.Data.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(block.Data);
        }
    }

    private void Start()
    {
        _queue = new BlockingCollection<InflatedBlock[]>(QueueCapacity / BatchSize);
        _cancel = new CancellationTokenSource();
        var queue = _queue;
        var token = _cancel.Token;
        _worker = Task.Factory.StartNew(() => Produce(queue, token), token, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    private void Stop()
    {
        ReleaseCurrent();
        if (_worker is null)
        {
            return;
        }

        _cancel!.Cancel();
        DrainQueue();
        try
        {
            _worker.Wait();
        }
        catch (AggregateException)
        {
            // The worker reports its own failures through the queue; cancellation lands here and is expected.
        }

        DrainQueue();
        foreach (var block in _taken.AsSpan(_takenIndex))
        {
            ReturnBuffer(block);
        }

        _taken = [];
        _takenIndex = 0;
        _queue!.Dispose();
        _cancel.Dispose();
        _worker = null;
    }

    private void DrainQueue()
    {
        while (_queue!.TryTake(out var batch))
        {
            foreach (var block in batch)
            {
                ReturnBuffer(block);
            }
        }
    }

    private void Produce(BlockingCollection<InflatedBlock[]> queue, CancellationToken token)
    {
        try
        {
            var compressed = new List<CompressedBlock>(BatchSize);
            var lastWasEmpty = false;
            while (!token.IsCancellationRequested)
            {
                compressed.Clear();
                while (compressed.Count < BatchSize && TryReadBlock(out var block))
                {
                    compressed.Add(block);
                }

                if (compressed.Count == 0)
                {
                    queue.Add([InflatedBlock.End(lastWasEmpty)], token);
                    return;
                }

                var inflated = new InflatedBlock[compressed.Count];
                if (_degree == 1)
                {
                    for (var i = 0; i < compressed.Count; i++)
                    {
                        inflated[i] = Inflate(compressed[i]);
                    }
                }
                else
                {
                    var options = new ParallelOptions { MaxDegreeOfParallelism = _degree, CancellationToken = token };
                    Parallel.For(0, compressed.Count, options, i => inflated[i] = Inflate(compressed[i]));
                }

                foreach (var block in compressed)
                {
                    ArrayPool<byte>.Shared.Return(block.Data);
                }

                lastWasEmpty = inflated[^1].Length == 0;
                queue.Add(inflated, token);
            }
        }
        catch (OperationCanceledException)
        {
            // Stop() asked us to end; nothing to report.
        }
        catch (Exception ex) when (Unwrap(ex) is OmicsBridgeException or IOException or InvalidDataException)
        {
            var root = Unwrap(ex);
            var error = root as OmicsBridgeException ?? Truncated("cannot inflate a block: " + root.Message, root);
            try
            {
                queue.Add([InflatedBlock.Failure(error)], token);
            }
            catch (OperationCanceledException)
            {
                // The reader is already gone.
            }
        }
    }

    private static Exception Unwrap(Exception ex) =>
        ex is AggregateException { InnerExceptions.Count: > 0 } aggregate ? aggregate.InnerExceptions[0] : ex;

    private bool TryReadBlock(out CompressedBlock block)
    {
        block = default;
        var offset = _inner.Position;
        Span<byte> header = stackalloc byte[HeaderSize];
        var got = _inner.ReadAtLeast(header, HeaderSize, throwOnEndOfStream: false);
        if (got == 0)
        {
            return false;
        }

        if (got < HeaderSize || header[0] != 0x1f || header[1] != 0x8b || header[2] != 8 || (header[3] & 4) == 0)
        {
            throw Truncated(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"block header at byte {offset} is cut or not BGZF"));
        }

        var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(header[10..]);
        if (extraLength != 6 || header[12] != (byte)'B' || header[13] != (byte)'C')
        {
            throw Truncated(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"block at byte {offset} has no BC extra field"));
        }

        var blockSize = BinaryPrimitives.ReadUInt16LittleEndian(header[16..]) + 1;
        var rest = blockSize - HeaderSize;
        var data = ArrayPool<byte>.Shared.Rent(Math.Max(rest, 8));
        if (rest < 8 || _inner.ReadAtLeast(data.AsSpan(0, rest), rest, throwOnEndOfStream: false) < rest)
        {
            ArrayPool<byte>.Shared.Return(data);
            throw Truncated(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"block at byte {offset} is cut short (expected {blockSize} bytes)"));
        }

        block = new CompressedBlock(data, rest - 8, BinaryPrimitives.ReadInt32LittleEndian(data.AsSpan(rest - 4)), offset);
        return true;
    }

    private InflatedBlock Inflate(CompressedBlock block)
    {
        if (block.InflatedSize == 0)
        {
            return new InflatedBlock([], 0);
        }

        var output = ArrayPool<byte>.Shared.Rent(block.InflatedSize);
        var target = output.AsSpan(0, block.InflatedSize);
        if (_decompressors is null ? InflateWithZlib(block, target) : InflateWithLibDeflate(block, target))
        {
            return new InflatedBlock(output, block.InflatedSize);
        }

        ArrayPool<byte>.Shared.Return(output);
        throw Truncated(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"block at byte {block.Offset} does not inflate to the {block.InflatedSize} bytes its trailer states"));
    }

    private static bool InflateWithZlib(CompressedBlock block, Span<byte> target)
    {
        using var source = new MemoryStream(block.Data, 0, block.DeflateLength, writable: false);
        using var deflate = new DeflateStream(source, CompressionMode.Decompress);
        return deflate.ReadAtLeast(target, target.Length, throwOnEndOfStream: false) == target.Length;
    }

    private bool InflateWithLibDeflate(CompressedBlock block, Span<byte> target)
    {
        if (!_decompressors!.TryTake(out var decompressor))
        {
            decompressor = new LibDeflate.Decompressor();
        }

        try
        {
            return LibDeflate.TryInflate(decompressor, block.Data.AsSpan(0, block.DeflateLength), target);
        }
        finally
        {
            _decompressors.Add(decompressor);
        }
    }

    private OmicsBridgeException Truncated(string message, Exception? inner = null) =>
        OmicsBridgeException.FromIssue(
            new ParseIssue(VcfIssueCodes.TruncatedCompression, IssueSeverity.Fatal, _fileName, 0, null, "BGZF", "truncated or corrupt BGZF: " + message),
            inner);

    private readonly record struct CompressedBlock(byte[] Data, int DeflateLength, int InflatedSize, long Offset);

    private sealed class InflatedBlock(byte[] data, int length)
    {
        public byte[] Data { get; } = data;

        public int Length { get; } = length;

        public bool IsEnd { get; private init; }

        public bool SawEofMarker { get; private init; }

        public OmicsBridgeException? Error { get; private init; }

        public static InflatedBlock End(bool sawEofMarker) => new([], 0) { IsEnd = true, SawEofMarker = sawEofMarker };

        public static InflatedBlock Failure(OmicsBridgeException error) => new([], 0) { Error = error };
    }
}

using System.Buffers;

namespace OmicsBridge.Formats.Fhir;

/// <summary>
/// Splits a stream into lines of UTF-8 bytes without decoding them to strings, so an NDJSON bulk-export file of any
/// size is read with one pooled buffer that only grows to the longest line.
/// </summary>
internal sealed class NdjsonLineReader : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;

    public NdjsonLineReader(Stream stream, int initialBufferSize = 1 << 16)
    {
        _stream = stream;
        _buffer = ArrayPool<byte>.Shared.Rent(initialBufferSize);
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Reads the next line (without its CR/LF); the memory is valid until the next call.</summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line)
    {
        while (true)
        {
            var newline = _buffer.AsSpan(_start, _end - _start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                line = Trim(_start, newline);
                _start += newline + 1;
                LineNumber++;
                return true;
            }

            if (_eof)
            {
                if (_end > _start)
                {
                    line = Trim(_start, _end - _start);
                    _start = _end;
                    LineNumber++;
                    return true;
                }

                line = default;
                return false;
            }

            Fill();
        }
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private ReadOnlyMemory<byte> Trim(int start, int length)
    {
        if (length > 0 && _buffer[start + length - 1] == (byte)'\r')
        {
            length--;
        }

        // A UTF-8 byte-order mark can open the first line of files written by Windows tools.
        if (LineNumber == 0 && length >= 3 && _buffer[start] == 0xEF && _buffer[start + 1] == 0xBB && _buffer[start + 2] == 0xBF)
        {
            start += 3;
            length -= 3;
        }

        return new ReadOnlyMemory<byte>(_buffer, start, length);
    }

    private void Fill()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }
}

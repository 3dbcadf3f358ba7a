using System.Buffers;
using System.Buffers.Binary;
using System.Reflection;
using OmicsBridge.Lake.Encryption;
using ZstdSharp;

namespace OmicsBridge.Lake.Writing.Parquet;

/// <summary>
/// Writes the rows of a <see cref="CodedBatchBuffer"/> as one Parquet file, zstd-compressed and encrypted with one data
/// key (footer and every column), in the layout DuckDB reads: row groups of <see cref="RowGroupRows"/> rows, each
/// column chunk a dictionary page (strings; integers of a small span) and one data page.
/// </summary>
/// <remarks>
/// This is the columnar path's writer (genotypes, matrix values: tens of millions of rows). DuckDB's own Parquet
/// writer cost about 150 ns per row of the genotype table; here a row group's string columns are already codes, so a
/// chunk is a pass of array lookups, bit-packing and one zstd call. Every row group carries exact min/max statistics
/// (inside the encrypted footer), so a filter on any column skips the row groups that cannot match.
/// </remarks>
internal sealed class EncryptedParquetWriter : IDisposable
{
    /// <summary>Rows per row group, as DuckDB writes them: the unit a filter skips.</summary>
    public const int RowGroupRows = 122_880;

    private const int CompressionLevel = 1;
    private static readonly byte[] Magic = "PARE"u8.ToArray();
    private static readonly string CreatedBy =
        $"OmicsBridge {typeof(EncryptedParquetWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion}";

    private readonly ColumnChunkEncoder _encoder = new();
    private readonly Compressor _compressor = new(CompressionLevel);
    private readonly ArrayBufferWriter<byte> _header = new();
    private byte[] _compressed = new byte[1 << 16];

    /// <summary>Writes the file; returns each column's null count (schema order).</summary>
    public long[] Write(CodedBatchBuffer buffer, string path, DataKey key)
    {
        var schema = buffer.Schema;
        var dictionaries = schema.Columns.Select((_, c) => buffer.Dictionary(c) is { } values ? new Utf8Dictionary(values) : null).ToArray();
        var nullCounts = new long[schema.Columns.Count];
        var rowGroups = new List<RowGroupInfo>();
        using var cipher = new ParquetModuleCipher(key.Key);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
        file.Write(Magic);
        long offset = Magic.Length;
        for (var start = 0; start < buffer.Count; start += RowGroupRows)
        {
            var rows = Math.Min(RowGroupRows, buffer.Count - start);
            var chunks = new ColumnChunkInfo[schema.Columns.Count];
            for (var c = 0; c < chunks.Length; c++)
            {
                _encoder.Encode(buffer.Column(c), dictionaries[c], schema.Columns[c].Nullable, start, rows);
                chunks[c] = WriteChunk(file, cipher, ref offset, rows);
                nullCounts[c] += _encoder.NullCount;
            }

            rowGroups.Add(new RowGroupInfo(rows, chunks));
        }

        var footerStart = offset;
        _header.ResetWrittenCount();
        ParquetFooter.WriteCryptoMetadata(new ThriftCompactWriter(_header));
        file.Write(_header.WrittenSpan);
        offset += _header.WrittenCount;
        _header.ResetWrittenCount();
        ParquetFooter.WriteFileMetadata(new ThriftCompactWriter(_header), schema, rowGroups, CreatedBy);
        offset += cipher.Write(_header.WrittenSpan, file);
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, checked((int)(offset - footerStart)));
        file.Write(length);
        file.Write(Magic);
        return nullCounts;
    }

    public void Dispose() => _compressor.Dispose();

    private ColumnChunkInfo WriteChunk(FileStream file, ParquetModuleCipher cipher, ref long offset, int rows)
    {
        var start = offset;
        long uncompressed = 0;
        long? dictionaryOffset = null;
        if (_encoder.DictionaryCount > 0)
        {
            dictionaryOffset = offset;
            uncompressed += WritePage(file, cipher, ref offset, ParquetFooter.PageDictionary, _encoder.DictionaryCount, _encoder.DictionaryPage.WrittenSpan, ParquetFooter.EncodingPlain);
        }

        var dataOffset = offset;
        var encoding = _encoder.DictionaryCount > 0 ? ParquetFooter.EncodingPlainDictionary : ParquetFooter.EncodingPlain;
        uncompressed += WritePage(file, cipher, ref offset, ParquetFooter.PageData, rows, _encoder.DataPage.WrittenSpan, encoding);
        return new ColumnChunkInfo(start, dictionaryOffset, dataOffset, rows, _encoder.NullCount, uncompressed, offset - start,
            _encoder.DictionaryCount > 0, _encoder.Min, _encoder.Max);
    }

    /// <summary>Compresses and writes one page (its header, then its body, each an encrypted module); returns its uncompressed size with the header.</summary>
    private int WritePage(FileStream file, ParquetModuleCipher cipher, ref long offset, int pageType, int values, ReadOnlySpan<byte> page, int encoding)
    {
        var bound = Compressor.GetCompressBound(page.Length);
        if (_compressed.Length < bound)
        {
            _compressed = new byte[Math.Max(bound, _compressed.Length * 2)];
        }

        var compressed = _compressor.Wrap(page, _compressed);
        _header.ResetWrittenCount();
        ParquetFooter.WritePageHeader(new ThriftCompactWriter(_header), pageType, values, page.Length, compressed, encoding);
        offset += cipher.Write(_header.WrittenSpan, file);
        offset += cipher.Write(_compressed.AsSpan(0, compressed), file);
        return _header.WrittenCount + page.Length;
    }
}

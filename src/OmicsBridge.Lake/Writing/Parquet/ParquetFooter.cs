using OmicsBridge.Lake.Schema;

namespace OmicsBridge.Lake.Writing.Parquet;

/// <summary>One column chunk as the footer describes it.</summary>
internal sealed record ColumnChunkInfo(
    long StartOffset,
    long? DictionaryPageOffset,
    long DataPageOffset,
    long Values,
    long NullCount,
    long UncompressedBytes,
    long CompressedBytes,
    bool Dictionary,
    byte[]? Min,
    byte[]? Max);

/// <summary>One row group: its rows and its column chunks in schema order.</summary>
internal sealed record RowGroupInfo(long Rows, IReadOnlyList<ColumnChunkInfo> Columns);

/// <summary>
/// The Parquet footer (<c>FileMetaData</c>) and the plaintext <c>FileCryptoMetaData</c> before it, in the Thrift
/// compact protocol, for the physical layout <see cref="EncryptedParquetWriter"/> writes.
/// </summary>
internal static class ParquetFooter
{
    public const int CodecZstd = 6;
    public const int PageData = 0;
    public const int PageDictionary = 2;
    public const int EncodingPlain = 0;
    public const int EncodingPlainDictionary = 2;
    public const int EncodingRle = 3;

    private const int TypeBoolean = 0;
    private const int TypeInt32 = 1;
    private const int TypeInt64 = 2;
    private const int TypeDouble = 5;
    private const int TypeByteArray = 6;
    private const int RepetitionRequired = 0;
    private const int RepetitionOptional = 1;
    private const int ConvertedUtf8 = 0;
    private const int ConvertedInt32 = 17;
    private const int ConvertedInt64 = 18;

    /// <summary>Uniform encryption with the footer key: AES_GCM_V1 and nothing else (no AAD, no key metadata).</summary>
    public static void WriteCryptoMetadata(ThriftCompactWriter writer)
    {
        writer.BeginStruct();
        writer.FieldStruct(1);
        writer.FieldStruct(1);
        writer.EndStruct();
        writer.EndStruct();
        writer.EndStruct();
    }

    public static void WritePageHeader(ThriftCompactWriter writer, int pageType, int values, int uncompressed, int compressed, int encoding)
    {
        writer.BeginStruct();
        writer.FieldI32(1, pageType);
        writer.FieldI32(2, uncompressed);
        writer.FieldI32(3, compressed);
        if (pageType == PageDictionary)
        {
            writer.FieldStruct(7);
            writer.FieldI32(1, values);
            writer.FieldI32(2, EncodingPlain);
            writer.EndStruct();
        }
        else
        {
            writer.FieldStruct(5);
            writer.FieldI32(1, values);
            writer.FieldI32(2, encoding);
            writer.FieldI32(3, EncodingRle);
            writer.FieldI32(4, EncodingRle);
            writer.EndStruct();
        }

        writer.EndStruct();
    }

    public static void WriteFileMetadata(ThriftCompactWriter writer, TableSchema schema, IReadOnlyList<RowGroupInfo> rowGroups, string createdBy)
    {
        writer.BeginStruct();
        writer.FieldI32(1, 1);
        writer.FieldStructList(2, schema.Columns.Count + 1);
        writer.BeginStruct();
        writer.FieldI32(3, RepetitionRequired);
        writer.FieldString(4, "schema");
        writer.FieldI32(5, schema.Columns.Count);
        writer.EndStruct();
        foreach (var column in schema.Columns)
        {
            WriteSchemaElement(writer, column);
        }

        writer.FieldI64(3, rowGroups.Sum(g => g.Rows));
        writer.FieldStructList(4, rowGroups.Count);
        for (var g = 0; g < rowGroups.Count; g++)
        {
            WriteRowGroup(writer, schema, rowGroups[g], (short)g);
        }

        writer.FieldString(6, createdBy);
        // Every column's min/max follow its type's order (unsigned bytes for strings).
        writer.FieldStructList(7, schema.Columns.Count);
        foreach (var _ in schema.Columns)
        {
            writer.BeginStruct();
            writer.FieldStruct(1);
            writer.EndStruct();
            writer.EndStruct();
        }

        writer.EndStruct();
    }

    private static void WriteSchemaElement(ThriftCompactWriter writer, ColumnSchema column)
    {
        writer.BeginStruct();
        writer.FieldI32(1, PhysicalType(column.Type));
        writer.FieldI32(3, column.Nullable ? RepetitionOptional : RepetitionRequired);
        writer.FieldString(4, column.Name);
        switch (column.Type)
        {
            case ColumnType.String:
                writer.FieldI32(6, ConvertedUtf8);
                writer.FieldStruct(10);
                writer.FieldStruct(1);
                writer.EndStruct();
                writer.EndStruct();
                break;
            case ColumnType.Int32:
                writer.FieldI32(6, ConvertedInt32);
                break;
            case ColumnType.Int64:
                writer.FieldI32(6, ConvertedInt64);
                break;
        }

        writer.EndStruct();
    }

    private static void WriteRowGroup(ThriftCompactWriter writer, TableSchema schema, RowGroupInfo rowGroup, short ordinal)
    {
        writer.BeginStruct();
        writer.FieldStructList(1, rowGroup.Columns.Count);
        for (var c = 0; c < rowGroup.Columns.Count; c++)
        {
            WriteColumnChunk(writer, schema.Columns[c], rowGroup.Columns[c]);
        }

        writer.FieldI64(2, rowGroup.Columns.Sum(c => c.UncompressedBytes));
        writer.FieldI64(3, rowGroup.Rows);
        writer.FieldI64(5, rowGroup.Columns[0].StartOffset);
        writer.FieldI64(6, rowGroup.Columns.Sum(c => c.CompressedBytes));
        writer.FieldI16(7, ordinal);
        writer.EndStruct();
    }

    private static void WriteColumnChunk(ThriftCompactWriter writer, ColumnSchema column, ColumnChunkInfo chunk)
    {
        writer.BeginStruct();
        writer.FieldI64(2, chunk.StartOffset);
        writer.FieldStruct(3);
        writer.FieldI32(1, PhysicalType(column.Type));
        int[] encodings = chunk.Dictionary ? [EncodingPlain, EncodingRle, EncodingPlainDictionary] : [EncodingPlain, EncodingRle];
        writer.FieldI32List(2, encodings);
        writer.FieldStringList(3, [column.Name]);
        writer.FieldI32(4, CodecZstd);
        writer.FieldI64(5, chunk.Values);
        writer.FieldI64(6, chunk.UncompressedBytes);
        writer.FieldI64(7, chunk.CompressedBytes);
        writer.FieldI64(9, chunk.DataPageOffset);
        if (chunk.DictionaryPageOffset is { } dictionaryOffset)
        {
            writer.FieldI64(11, dictionaryOffset);
        }

        writer.FieldStruct(12);
        writer.FieldI64(3, chunk.NullCount);
        if (chunk.Min is { } min && chunk.Max is { } max)
        {
            writer.FieldBinary(5, max);
            writer.FieldBinary(6, min);
        }

        writer.EndStruct();
        writer.FieldStructList(13, chunk.Dictionary ? 2 : 1);
        if (chunk.Dictionary)
        {
            WriteEncodingStats(writer, PageDictionary, EncodingPlain);
            WriteEncodingStats(writer, PageData, EncodingPlainDictionary);
        }
        else
        {
            WriteEncodingStats(writer, PageData, EncodingPlain);
        }

        writer.EndStruct();
        writer.EndStruct();
    }

    private static void WriteEncodingStats(ThriftCompactWriter writer, int pageType, int encoding)
    {
        writer.BeginStruct();
        writer.FieldI32(1, pageType);
        writer.FieldI32(2, encoding);
        writer.FieldI32(3, 1);
        writer.EndStruct();
    }

    private static int PhysicalType(ColumnType type) => type switch
    {
        ColumnType.String => TypeByteArray,
        ColumnType.Int32 => TypeInt32,
        ColumnType.Int64 => TypeInt64,
        ColumnType.Double => TypeDouble,
        ColumnType.Boolean => TypeBoolean,
        _ => throw new NotSupportedException($"Column type {type} has no columnar fast path."),
    };
}

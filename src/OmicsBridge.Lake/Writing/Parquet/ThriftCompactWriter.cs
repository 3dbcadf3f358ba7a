using System.Buffers;
using System.Text;

namespace OmicsBridge.Lake.Writing.Parquet;

/// <summary>
/// Writes the Thrift compact protocol, the encoding of Parquet's page headers and footer: field headers as deltas of
/// field ids, integers as zigzag varints.
/// </summary>
/// <remarks>Only what our Parquet metadata needs: structs, lists, i16, i32, i64 and binary.</remarks>
internal sealed class ThriftCompactWriter(ArrayBufferWriter<byte> output)
{
    private const byte I16 = 4;
    private const byte I32 = 5;
    private const byte I64 = 6;
    private const byte Binary = 8;
    private const byte List = 9;
    private const byte Struct = 12;

    private readonly Stack<short> _enclosingFields = new();
    private short _lastField;

    public void BeginStruct()
    {
        _enclosingFields.Push(_lastField);
        _lastField = 0;
    }

    public void EndStruct()
    {
        WriteByte(0);
        _lastField = _enclosingFields.Pop();
    }

    public void FieldStruct(short id)
    {
        FieldHeader(id, Struct);
        BeginStruct();
    }

    public void FieldI16(short id, short value)
    {
        FieldHeader(id, I16);
        Varint.Write(output, ZigZag(value));
    }

    public void FieldI32(short id, int value)
    {
        FieldHeader(id, I32);
        Varint.Write(output, ZigZag(value));
    }

    public void FieldI64(short id, long value)
    {
        FieldHeader(id, I64);
        Varint.Write(output, ZigZag(value));
    }

    public void FieldBinary(short id, ReadOnlySpan<byte> value)
    {
        FieldHeader(id, Binary);
        WriteBinary(value);
    }

    public void FieldString(short id, string value) => FieldBinary(id, Encoding.UTF8.GetBytes(value));

    /// <summary>A list of structs: call <see cref="BeginStruct"/>/<see cref="EndStruct"/> once per element.</summary>
    public void FieldStructList(short id, int count) => FieldList(id, Struct, count);

    public void FieldI32List(short id, IReadOnlyCollection<int> values)
    {
        FieldList(id, I32, values.Count);
        foreach (var value in values)
        {
            Varint.Write(output, ZigZag(value));
        }
    }

    public void FieldStringList(short id, IReadOnlyCollection<string> values)
    {
        FieldList(id, Binary, values.Count);
        foreach (var value in values)
        {
            WriteBinary(Encoding.UTF8.GetBytes(value));
        }
    }

    private void FieldList(short id, byte elementType, int count)
    {
        FieldHeader(id, List);
        if (count < 15)
        {
            WriteByte((byte)((count << 4) | elementType));
        }
        else
        {
            WriteByte((byte)(0xF0 | elementType));
            Varint.Write(output, (uint)count);
        }
    }

    private void FieldHeader(short id, byte type)
    {
        var delta = id - _lastField;
        if (delta is > 0 and <= 15)
        {
            WriteByte((byte)((delta << 4) | type));
        }
        else
        {
            WriteByte(type);
            Varint.Write(output, ZigZag(id));
        }

        _lastField = id;
    }

    private void WriteBinary(ReadOnlySpan<byte> value)
    {
        Varint.Write(output, (uint)value.Length);
        output.Write(value);
    }

    private void WriteByte(byte value)
    {
        output.GetSpan(1)[0] = value;
        output.Advance(1);
    }

    private static ulong ZigZag(long value) => (ulong)((value << 1) ^ (value >> 63));
}

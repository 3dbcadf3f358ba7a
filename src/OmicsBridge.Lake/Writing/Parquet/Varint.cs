using System.Buffers;

namespace OmicsBridge.Lake.Writing.Parquet;

/// <summary>ULEB128, the variable-length integers of Thrift's compact protocol and of the hybrid encoding's run headers.</summary>
internal static class Varint
{
    public static void Write(ArrayBufferWriter<byte> output, ulong value)
    {
        var span = output.GetSpan(10);
        var n = 0;
        while (value >= 0x80)
        {
            span[n++] = (byte)(value | 0x80);
            value >>= 7;
        }

        span[n++] = (byte)value;
        output.Advance(n);
    }
}

using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace OmicsBridge.Lake.Tests.Writing.Parquet;

/// <summary>
/// Reads an encrypted Parquet file's footer independently of the writer: decrypts the module before the trailing
/// length and "PARE", and decodes its Thrift compact structs into field-id maps (structs), lists, longs, booleans and
/// byte arrays. Also decrypts any module at a given offset, so tests can follow the footer's page offsets.
/// </summary>
internal sealed class EncryptedFooterReader(byte[] file, byte[] key)
{
    public byte[] File => file;

    /// <summary>The decoded <c>FileMetaData</c>.</summary>
    public Dictionary<short, object> FileMetadata()
    {
        var footerLength = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 8));
        var footerStart = file.Length - 8 - footerLength;
        var position = footerStart;
        var crypto = new ThriftReader(file, position);
        crypto.ReadStruct();
        return new ThriftReader(Decrypt(crypto.Position, out _), 0).ReadStruct();
    }

    /// <summary>The plaintext of the module at <paramref name="offset"/>; <paramref name="end"/> is where the next begins.</summary>
    public byte[] Decrypt(int offset, out int end)
    {
        var length = BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(offset));
        var plaintext = new byte[length - 28];
        using var aes = new AesGcm(key, 16);
        aes.Decrypt(file.AsSpan(offset + 4, 12), file.AsSpan(offset + 16, plaintext.Length), file.AsSpan(offset + 4 + length - 16, 16), plaintext);
        end = offset + 4 + length;
        return plaintext;
    }

    public static string Text(object value) => Encoding.UTF8.GetString((byte[])value);

    internal sealed class ThriftReader(byte[] data, int position)
    {
        public int Position => position;

        public Dictionary<short, object> ReadStruct()
        {
            var fields = new Dictionary<short, object>();
            short last = 0;
            while (true)
            {
                var header = data[position++];
                if (header == 0)
                {
                    return fields;
                }

                var delta = header >> 4;
                var id = delta != 0 ? (short)(last + delta) : (short)ZigZag();
                last = id;
                fields[id] = Read(header & 0x0F);
            }
        }

        private object Read(int type) => type switch
        {
            1 => true,
            2 => false,
            3 => (long)data[position++],
            4 or 5 or 6 => ZigZag(),
            8 => Bytes(),
            9 => List(),
            12 => ReadStruct(),
            _ => throw new InvalidDataException($"Thrift type {type} at byte {position}."),
        };

        private List<object> List()
        {
            var header = data[position++];
            var count = header >> 4;
            if (count == 15)
            {
                count = (int)Varint();
            }

            var type = header & 0x0F;
            return [.. Enumerable.Range(0, count).Select(_ => type == 1 ? data[position++] == 1 : Read(type))];
        }

        private byte[] Bytes()
        {
            var length = (int)Varint();
            var bytes = data.AsSpan(position, length).ToArray();
            position += length;
            return bytes;
        }

        private long ZigZag()
        {
            var value = Varint();
            return (long)(value >> 1) ^ -(long)(value & 1);
        }

        private ulong Varint()
        {
            ulong value = 0;
            for (var shift = 0; ; shift += 7)
            {
                var b = data[position++];
                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }
        }
    }
}

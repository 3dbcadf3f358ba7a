namespace OmicsBridge.Lake.Delta;

/// <summary>Z85 (ZeroMQ base-85) decoding, which Delta uses for deletion-vector UUIDs and inline bitmaps.</summary>
internal static class Z85
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#";

    private static readonly sbyte[] s_decode = BuildDecodeTable();

    /// <summary>Decodes <paramref name="text"/> (a multiple of 5 characters) into 4 bytes per 5 characters.</summary>
    public static byte[] Decode(ReadOnlySpan<char> text)
    {
        if (text.Length % 5 != 0)
        {
            throw new FormatException("Z85 text length must be a multiple of 5.");
        }

        var output = new byte[text.Length / 5 * 4];
        for (int i = 0, o = 0; i < text.Length; i += 5, o += 4)
        {
            ulong value = 0;
            for (var j = 0; j < 5; j++)
            {
                var c = text[i + j];
                var digit = c < 128 ? s_decode[c] : (sbyte)-1;
                if (digit < 0)
                {
                    throw new FormatException("Z85 text holds a character outside the alphabet.");
                }

                value = (value * 85) + (ulong)digit;
            }

            if (value > uint.MaxValue)
            {
                throw new FormatException("Z85 block overflows 32 bits.");
            }

            output[o] = (byte)(value >> 24);
            output[o + 1] = (byte)(value >> 16);
            output[o + 2] = (byte)(value >> 8);
            output[o + 3] = (byte)value;
        }

        return output;
    }

    private static sbyte[] BuildDecodeTable()
    {
        var table = new sbyte[128];
        Array.Fill(table, (sbyte)-1);
        for (var i = 0; i < Alphabet.Length; i++)
        {
            table[Alphabet[i]] = (sbyte)i;
        }

        return table;
    }
}

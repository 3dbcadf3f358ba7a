using System.Text;

namespace OmicsBridge.Lake.Writing.Parquet;

/// <summary>A row group's string dictionary as UTF-8, each value encoded once, when the encoder first asks for it.</summary>
internal sealed class Utf8Dictionary(IReadOnlyList<string> values)
{
    private readonly byte[]?[] _bytes = new byte[values.Count][];

    public int Count => values.Count;

    public byte[] this[int code] => _bytes[code] ??= Encoding.UTF8.GetBytes(values[code]);
}

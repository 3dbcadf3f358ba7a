using System.Buffers.Binary;
using System.Xml.Linq;

namespace OmicsBridge.Analytics.Tests.Plots;

internal static class PlotAssert
{
    private static readonly byte[] s_pngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The file is a PNG of the given size (signature, then IHDR width and height).</summary>
    public static void IsPng(string path, int width, int height)
    {
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 1000, "PNG is suspiciously small");
        Assert.Equal(s_pngSignature, bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        Assert.Equal(width, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)));
        Assert.Equal(height, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20, 4)));
    }

    /// <summary>The file is well-formed SVG and contains the given text.</summary>
    public static void IsSvgContaining(string path, params string[] texts)
    {
        var doc = XDocument.Load(path);
        Assert.Equal("svg", doc.Root!.Name.LocalName);
        var content = File.ReadAllText(path);
        foreach (var text in texts)
        {
            Assert.Contains(text, content, StringComparison.Ordinal);
        }
    }
}

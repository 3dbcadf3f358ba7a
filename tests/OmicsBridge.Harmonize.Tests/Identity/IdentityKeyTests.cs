using OmicsBridge.Harmonize.Identity;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Testing;

namespace OmicsBridge.Harmonize.Tests.Identity;

/// <summary>The identity secret lives in the data key ring, wrapped; a plaintext key file from before is adopted as is.</summary>
public sealed class IdentityKeyTests
{
    [Fact]
    public void LoadOrCreate_FirstUse_IsStableAndKeptWrapped()
    {
        using var folder = new TempDirectory();
        var keysFolder = Path.Combine(folder.Path, "keys");

        var key = IdentityKey.LoadOrCreate(DataKeyRing.Local(keysFolder), keysFolder);

        Assert.Equal(32, key.Length);
        Assert.Equal(key, IdentityKey.LoadOrCreate(DataKeyRing.Local(keysFolder), keysFolder));
        Assert.Contains(DataKeyRing.Local(keysFolder).List(), e => e.Scope == IdentityKey.Scope);
        Assert.False(File.Exists(Path.Combine(keysFolder, IdentityKey.LegacyFileName)));
        AssertNoRawKey(keysFolder, key);
    }

    [Fact]
    public void LoadOrCreate_LegacyPlaintextFile_IsAdoptedWithTheSameBytesAndDeleted()
    {
        using var folder = new TempDirectory();
        var keysFolder = Path.Combine(folder.Path, "keys");
        Directory.CreateDirectory(keysFolder);
        var legacy = Enumerable.Range(7, 32).Select(i => (byte)i).ToArray();
        File.WriteAllBytes(Path.Combine(keysFolder, IdentityKey.LegacyFileName), legacy);

        Assert.Equal(legacy, IdentityKey.LoadOrCreate(DataKeyRing.Local(keysFolder), keysFolder));

        Assert.False(File.Exists(Path.Combine(keysFolder, IdentityKey.LegacyFileName)));
        Assert.Equal(legacy, IdentityKey.LoadOrCreate(DataKeyRing.Local(keysFolder), keysFolder));
        AssertNoRawKey(keysFolder, legacy);
    }

    private static void AssertNoRawKey(string keysFolder, byte[] key)
    {
        foreach (var file in Directory.EnumerateFiles(keysFolder))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.True(bytes.AsSpan().IndexOf(key) < 0, $"{file} holds the key's raw bytes");
            Assert.DoesNotContain(Convert.ToBase64String(key), System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        }
    }
}

using System.Security.Cryptography;
using System.Text;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Lake.Landing;
using OmicsBridge.Testing;

namespace OmicsBridge.Lake.Tests.Encryption;

/// <summary>Landed files are envelopes: named by the plaintext's hash, no plaintext on disk, decrypted only when read.</summary>
public sealed class LandingEncryptionTests
{
    private const string Canary = "MRN-CANARY-7731|Quackenbush^Zebulon";

    [Fact]
    public void Store_RawBytesHoldNoCanary_DecryptedStreamEqualsTheInput()
    {
        using var ws = new TempWorkspace();
        var text = string.Concat(Enumerable.Repeat($"PID|1||{Canary}||19800203|M\r", 50_000));
        var source = ws.WriteInput("feed.hl7", text);
        var zone = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys);

        var landed = zone.Store(source);

        var original = File.ReadAllBytes(source);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(original)), landed.Sha256);
        Assert.Equal(original.Length, landed.Bytes);
        Assert.True(original.Length > 2 << 20, "the input should span several chunks");
        foreach (var file in Directory.EnumerateFiles(ws.Workspace.LandingPath, "*", SearchOption.AllDirectories))
        {
            Assert.Equal(-1, File.ReadAllBytes(file).AsSpan().IndexOf(Encoding.UTF8.GetBytes("MRN-CANARY-7731")));
        }

        using var plain = new MemoryStream();
        using (var reader = zone.OpenRead(landed))
        {
            Assert.Equal(original.Length, reader.Length);
            reader.CopyTo(plain);
        }

        Assert.Equal(original, plain.ToArray());
    }

    [Fact]
    public void Store_SameBytesAgain_IsANoOpThatKeepsTheFirstEnvelope()
    {
        using var ws = new TempWorkspace();
        var first = ws.WriteInput("a.csv", "sample_id\nS1\n");
        var second = ws.WriteInput("b.csv", "sample_id\nS1\n");
        var zone = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys);
        var one = zone.Store(first);
        var envelope = File.ReadAllBytes(one.LandingPath);

        var two = zone.Store(second);

        Assert.True(two.AlreadyLanded);
        Assert.Equal(one.LandingPath, two.LandingPath);
        Assert.Equal(envelope, File.ReadAllBytes(two.LandingPath));
        Assert.Single(Directory.EnumerateFiles(Path.Combine(ws.Root, "landing", "sha256"), "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(ws.Root, "landing", "tmp")));
    }

    [Fact]
    public void Store_BytesLandedInPlaintextBeforeEncryption_AreReplacedByTheirEnvelope()
    {
        using var ws = new TempWorkspace();
        var source = ws.WriteInput("a.csv", $"sample_id,mrn\nS1,{Canary}\n");
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source)));
        var legacy = Path.Combine(ws.Root, "landing", "sha256", sha[..2], sha);
        Directory.CreateDirectory(Path.GetDirectoryName(legacy)!);
        File.Copy(source, legacy);
        var zone = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys);

        var landed = zone.Store(source);

        Assert.Equal(legacy, landed.LandingPath);
        Assert.DoesNotContain("MRN-CANARY", File.ReadAllText(legacy), StringComparison.Ordinal);
        using var reader = new StreamReader(zone.OpenRead(landed));
        Assert.Equal(File.ReadAllText(source), reader.ReadToEnd());
    }

    [Fact]
    public void OpenRead_AfterMasterKeyRotation_StillDecrypts()
    {
        using var ws = new TempWorkspace();
        var source = ws.WriteInput("a.csv", $"sample_id,mrn\nS1,{Canary}\n");
        var landed = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys).Store(source);

        ws.Lake.Keys.RotateMasterKey();

        var fresh = new LandingZone(ws.Workspace.LandingPath, ws.Root, DataKeyRing.Local(ws.Workspace.KeysPath));
        using var reader = new StreamReader(fresh.OpenRead(landed));
        Assert.Equal(File.ReadAllText(source), reader.ReadToEnd());
    }

    [Fact]
    public void Store_UsesTheOneLandingDataKey()
    {
        using var ws = new TempWorkspace();
        var zone = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys);

        using var one = zone.OpenRead(zone.Store(ws.WriteInput("a.txt", "a")));
        using var two = zone.OpenRead(zone.Store(ws.WriteInput("b.txt", "b")));

        Assert.Equal(ws.Lake.Keys.ForScope(LandingZone.KeyScope).Id, one.KeyId);
        Assert.Equal(one.KeyId, two.KeyId);
    }
}

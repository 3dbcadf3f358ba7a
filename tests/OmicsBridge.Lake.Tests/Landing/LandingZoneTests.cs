using System.Security.Cryptography;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Landing;
using OmicsBridge.Testing;

namespace OmicsBridge.Lake.Tests.Landing;

public sealed class LandingZoneTests
{
    [Fact]
    public void Store_NewFile_KeepsBytesUnderItsSha256ReadOnlyAndEncrypted()
    {
        using var ws = new TempWorkspace();
        var source = TestData.Shared("hl7v2/nhapi/omd_o03.txt");
        var zone = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys);

        var landed = zone.Store(source);

        var expected = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source)));
        Assert.Equal(expected, landed.Sha256);
        Assert.False(landed.AlreadyLanded);
        Assert.Equal(Path.Combine(ws.Root, "landing", "sha256", expected[..2], expected), landed.LandingPath);
        Assert.NotEqual(File.ReadAllBytes(source), File.ReadAllBytes(landed.LandingPath));
        using var plain = new MemoryStream();
        using (var reader = zone.OpenRead(landed))
        {
            reader.CopyTo(plain);
        }

        Assert.Equal(File.ReadAllBytes(source), plain.ToArray());
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead, File.GetUnixFileMode(landed.LandingPath));
        }
    }

    [Fact]
    public void Store_SameBytesUnderAnotherName_IsStoredOnce()
    {
        using var ws = new TempWorkspace();
        var first = ws.WriteInput("a.csv", "sample_id\nS1\n");
        var second = ws.WriteInput("b.csv", "sample_id\nS1\n");
        var zone = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys);

        var one = zone.Store(first);
        var two = zone.Store(second);

        Assert.Equal(one.Sha256, two.Sha256);
        Assert.True(two.AlreadyLanded);
        Assert.Single(Directory.EnumerateFiles(Path.Combine(ws.Root, "landing", "sha256"), "*", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(ws.Root, "landing", "tmp")));
    }

    [Fact]
    public void Store_FileOfSeveralChunks_HashesAndEncryptsEveryByteInOrder()
    {
        // Chunks are 1 MiB and hashed beside their encryption: a file of several chunks, the last one partial, checks
        // that the two alternating buffers never hand the hash a chunk out of order or overwritten.
        using var ws = new TempWorkspace();
        var bytes = new byte[(3 << 20) + 12_345];
        new Random(7).NextBytes(bytes);
        var source = Path.Combine(ws.Inputs, "large.bin");
        File.WriteAllBytes(source, bytes);
        var zone = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys);

        var landed = zone.Store(source);

        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), landed.Sha256);
        Assert.Equal(bytes.Length, landed.Bytes);
        using var plain = new MemoryStream();
        using (var reader = zone.OpenRead(landed))
        {
            reader.CopyTo(plain);
        }

        Assert.Equal(bytes, plain.ToArray());
    }

    [Fact]
    public void Store_Cancelled_LeavesNothingBehind()
    {
        using var ws = new TempWorkspace();
        var source = Path.Combine(ws.Inputs, "large.bin");
        File.WriteAllBytes(source, new byte[2 << 20]);
        var zone = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys);

        Assert.ThrowsAny<OperationCanceledException>(() => zone.Store(source, new CancellationToken(canceled: true)));

        var landing = Path.Combine(ws.Root, "landing");
        Assert.Empty(Directory.EnumerateFiles(landing, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Begin_IsReadableAtOnce_AndNamedOnlyWhenCompleted()
    {
        using var ws = new TempWorkspace();
        var source = TestData.Shared("hl7v2/nhapi/omd_o03.txt");
        var zone = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys);
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(source)));
        var final = Path.Combine(ws.Root, "landing", "sha256", sha[..2], sha);

        using var pending = zone.Begin(source);

        // Readable (decrypted) before it has its name: an ingest parses it while it is synced to disk.
        Assert.Equal(sha, pending.File.Sha256);
        Assert.False(File.Exists(final));
        using (var plain = new MemoryStream())
        {
            using (var reader = zone.OpenRead(pending.File))
            {
                reader.CopyTo(plain);
            }

            Assert.Equal(File.ReadAllBytes(source), plain.ToArray());
        }

        var landed = pending.Complete();
        Assert.Equal(final, landed.LandingPath);
        Assert.False(landed.AlreadyLanded);
        Assert.True(File.Exists(final));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(ws.Root, "landing", "tmp")));
    }

    [Fact]
    public void Begin_NotCompleted_LeavesNothingBehind()
    {
        using var ws = new TempWorkspace();
        var zone = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys);

        using (zone.Begin(ws.WriteInput("a.csv", "sample_id\nS1\n")))
        {
            // The ingest failed before completing the landing.
        }

        Assert.Empty(Directory.EnumerateFiles(Path.Combine(ws.Root, "landing"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Begin_BytesAlreadyLanded_AreTheLandedFileAtOnce()
    {
        using var ws = new TempWorkspace();
        var zone = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys);
        var one = zone.Store(ws.WriteInput("a.csv", "sample_id\nS1\n"));

        using var pending = zone.Begin(ws.WriteInput("b.csv", "sample_id\nS1\n"));

        Assert.True(pending.File.AlreadyLanded);
        Assert.Equal(one.LandingPath, pending.File.LandingPath);
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(ws.Root, "landing", "tmp")));
    }

    [Fact]
    public void Store_MissingFile_IsNotFound()
    {
        using var ws = new TempWorkspace();
        var zone = new LandingZone(ws.Workspace.LandingPath, ws.Root, ws.Lake.Keys);

        var error = Assert.Throws<OmicsBridgeException>(() => zone.Store(Path.Combine(ws.Inputs, "missing.csv")));
        Assert.Equal(ErrorKind.NotFound, error.Kind);
        Assert.Contains("missing.csv", error.Message, StringComparison.Ordinal);
    }
}

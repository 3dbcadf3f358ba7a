using OmicsBridge.Governance.Pseudonyms;
using OmicsBridge.Lake.Encryption;
using OmicsBridge.Testing;

namespace OmicsBridge.Governance.Tests.Pseudonyms;

public sealed class PseudonymizerTests
{
    [Fact]
    public void ResearchId_SameProjectKey_IsStableAndDistinctPerPatient()
    {
        using var folder = new TempDirectory();
        var first = Pseudonymizer.ForProject(ProjectKeyRing.Local(folder.Path), "study-a");
        var again = Pseudonymizer.ForProject(ProjectKeyRing.Local(folder.Path), "study-a");

        Assert.Equal(first.ResearchId("P1"), again.ResearchId("P1"));
        Assert.NotEqual(first.ResearchId("P1"), first.ResearchId("P2"));
        Assert.Matches("^rid-[0-9a-f]{24}$", first.ResearchId("P1"));
    }

    [Fact]
    public void ResearchId_OtherProject_IsUnrelated()
    {
        using var folder = new TempDirectory();
        var ring = ProjectKeyRing.Local(folder.Path);

        Assert.NotEqual(Pseudonymizer.ForProject(ring, "study-a").ResearchId("P1"), Pseudonymizer.ForProject(ring, "study-b").ResearchId("P1"));
    }

    [Fact]
    public void ResearchId_KnownKeyAndMessage_MatchesHmacSha256()
    {
        // RFC 4231 style check against the BCL: the id is the hex of the first 12 bytes of HMAC-SHA256(key, "research-id\0P1").
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var expected = Convert.ToHexStringLower(System.Security.Cryptography.HMACSHA256.HashData(key, "research-id\0P1"u8.ToArray()).AsSpan(0, 12));

        Assert.Equal("rid-" + expected, new Pseudonymizer(key).ResearchId("P1"));
    }

    [Fact]
    public void ShiftDays_ManyPatients_StayInRangeNeverZeroAndCoverBothSigns()
    {
        var pseudonyms = new Pseudonymizer(new byte[32], maxShiftDays: 30);

        var shifts = Enumerable.Range(0, 5000).Select(i => pseudonyms.ShiftDays("P" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();

        Assert.All(shifts, s => Assert.InRange(Math.Abs(s), 1, 30));
        Assert.Equal(60, shifts.Distinct().Count());
        Assert.Equal(pseudonyms.ShiftDays("P7"), new Pseudonymizer(new byte[32], 30).ShiftDays("P7"));
    }

    [Fact]
    public void KeyRing_FirstUse_KeepsTheKeyWrappedInTheDataKeyRing()
    {
        using var folder = new TempDirectory();
        var keysFolder = Path.Combine(folder.Path, "keys");
        var ring = ProjectKeyRing.Local(keysFolder);

        var key = ring.GetOrCreate("study-a");

        Assert.Equal(32, key.Length);
        var dataKeys = Path.Combine(keysFolder, DataKeyRing.FileName);
        Assert.Contains("project/study-a/pseudonym", File.ReadAllText(dataKeys), StringComparison.Ordinal);
        AssertNoPlaintext(keysFolder, key);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(dataKeys));
        }

        Assert.Equal(key, ring.GetOrCreate("study-a"));
        Assert.Equal(key, ProjectKeyRing.Local(keysFolder).GetOrCreate("study-a"));
        Assert.NotEqual(key, ring.GetOrCreate("study-a", "audit"));
        Assert.False(File.Exists(Path.Combine(keysFolder, ProjectKeyRing.LegacyFileName)));
    }

    [Fact]
    public void KeyRing_LegacyPlaintextFile_IsAdoptedWithTheSameBytesAndRemoved()
    {
        using var folder = new TempDirectory();
        var keysFolder = Path.Combine(folder.Path, "keys");
        Directory.CreateDirectory(keysFolder);
        var pseudonym = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();
        var audit = Enumerable.Range(101, 32).Select(i => (byte)i).ToArray();
        var legacy = Path.Combine(keysFolder, ProjectKeyRing.LegacyFileName);
        var entries = new System.Text.Json.Nodes.JsonObject
        {
            ["study-a/pseudonym"] = new System.Text.Json.Nodes.JsonObject { ["key"] = Convert.ToBase64String(pseudonym), ["algorithm"] = "HMAC-SHA256" },
            ["study-a/audit"] = new System.Text.Json.Nodes.JsonObject { ["key"] = Convert.ToBase64String(audit), ["algorithm"] = "HMAC-SHA256" },
        };
        File.WriteAllText(legacy, new System.Text.Json.Nodes.JsonObject { ["version"] = 1, ["keys"] = entries }.ToJsonString());
        var researchIdBefore = new Pseudonymizer(pseudonym).ResearchId("P1");

        var ring = ProjectKeyRing.Local(keysFolder);
        Assert.Equal(pseudonym, ring.GetOrCreate("study-a"));
        Assert.True(File.Exists(legacy), "the audit key is still to be adopted");
        Assert.Equal(audit, ring.GetOrCreate("study-a", "audit"));

        Assert.False(File.Exists(legacy));
        AssertNoPlaintext(keysFolder, pseudonym);
        AssertNoPlaintext(keysFolder, audit);
        Assert.Equal(researchIdBefore, Pseudonymizer.ForProject(ProjectKeyRing.Local(keysFolder), "study-a").ResearchId("P1"));
    }

    private static void AssertNoPlaintext(string keysFolder, byte[] key)
    {
        foreach (var file in Directory.EnumerateFiles(keysFolder))
        {
            var bytes = File.ReadAllBytes(file);
            Assert.DoesNotContain(Convert.ToBase64String(key), System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
            Assert.DoesNotContain(Convert.ToHexString(key), System.Text.Encoding.Latin1.GetString(bytes), StringComparison.OrdinalIgnoreCase);
            Assert.True(bytes.AsSpan().IndexOf(key) < 0, $"{file} holds the key's raw bytes");
        }
    }

    [Fact]
    public void KeyRing_ConcurrentFirstUse_AgreesOnOneKey()
    {
        using var folder = new TempDirectory();

        var keys = Enumerable.Range(0, 8).AsParallel().Select(_ => Convert.ToBase64String(ProjectKeyRing.Local(folder.Path).GetOrCreate("p"))).ToList();

        Assert.Single(keys.Distinct());
    }
}

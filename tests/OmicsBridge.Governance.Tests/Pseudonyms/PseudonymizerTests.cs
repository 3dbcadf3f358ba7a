using OmicsBridge.Governance.Pseudonyms;
using OmicsBridge.Testing;

namespace OmicsBridge.Governance.Tests.Pseudonyms;

public sealed class PseudonymizerTests
{
    [Fact]
    public void ResearchId_SameProjectKey_IsStableAndDistinctPerPatient()
    {
        using var folder = new TempDirectory();
        var first = Pseudonymizer.ForProject(new ProjectKeyRing(folder.Path), "study-a");
        var again = Pseudonymizer.ForProject(new ProjectKeyRing(folder.Path), "study-a");

        Assert.Equal(first.ResearchId("P1"), again.ResearchId("P1"));
        Assert.NotEqual(first.ResearchId("P1"), first.ResearchId("P2"));
        Assert.Matches("^rid-[0-9a-f]{24}$", first.ResearchId("P1"));
    }

    [Fact]
    public void ResearchId_OtherProject_IsUnrelated()
    {
        using var folder = new TempDirectory();
        var ring = new ProjectKeyRing(folder.Path);

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
    public void KeyRing_FirstUse_CreatesOwnerOnlyFile()
    {
        using var folder = new TempDirectory();
        var ring = new ProjectKeyRing(Path.Combine(folder.Path, "keys"));

        var key = ring.GetOrCreate("study-a");

        Assert.Equal(32, key.Length);
        Assert.True(File.Exists(ring.FilePath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ring.FilePath));
        }

        Assert.Equal(key, ring.GetOrCreate("study-a"));
        Assert.NotEqual(key, ring.GetOrCreate("study-a", "audit"));
    }

    [Fact]
    public void KeyRing_ConcurrentFirstUse_AgreesOnOneKey()
    {
        using var folder = new TempDirectory();

        var keys = Enumerable.Range(0, 8).AsParallel().Select(_ => Convert.ToBase64String(new ProjectKeyRing(folder.Path).GetOrCreate("p"))).ToList();

        Assert.Single(keys.Distinct());
    }
}

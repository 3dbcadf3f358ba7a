using System.Globalization;
using System.Text;
using OmicsBridge.Governance.Audit;
using OmicsBridge.Testing;

namespace OmicsBridge.Governance.Tests.Audit;

public sealed class AuditLogTests : IDisposable
{
    private static readonly byte[] s_key = Enumerable.Repeat((byte)7, 32).ToArray();

    private readonly TempDirectory _folder = new("ob-audit");

    private AuditLog NewLog(byte[]? key = null) => new(_folder.Path, key ?? s_key);

    private static AuditEvent Query(string user, int i) => new(user, "researcher", "DUO:0000042", "query",
        string.Create(CultureInfo.InvariantCulture, $"SELECT count(*) FROM sample -- {i}"), ["sample"], i, "allowed");

    private List<string> Write(int entries)
    {
        var log = NewLog();
        for (var i = 1; i <= entries; i++)
        {
            log.Append(Query(i % 2 == 0 ? "bob" : "alice", i));
        }

        return [.. File.ReadAllLines(log.FilePath)];
    }

    private AuditVerification Rewrite(List<string> lines, bool withKey = true)
    {
        File.WriteAllText(Path.Combine(_folder.Path, AuditLog.FileName), string.Join("\n", lines) + "\n");
        return (withKey ? NewLog() : new AuditLog(_folder.Path)).Verify();
    }

    [Fact]
    public void Append_FiveEntries_ChainsFromGenesisAndVerifies()
    {
        var log = NewLog();
        var entries = Enumerable.Range(1, 5).Select(i => log.Append(Query("alice", i))).ToList();

        Assert.Equal(new string('0', 64), entries[0].Previous);
        Assert.Equal([1L, 2, 3, 4, 5], entries.Select(e => e.Sequence));
        var verification = log.Verify();
        Assert.True(verification.Valid, verification.ToString());
        Assert.Equal(5, verification.Entries);
    }

    [Fact]
    public void Verify_FlippedByte_NamesThatEntry()
    {
        var lines = Write(6);
        var bytes = Encoding.UTF8.GetBytes(lines[3]);
        var at = lines[3].IndexOf("count", StringComparison.Ordinal);
        bytes[at] ^= 0x01;
        lines[3] = Encoding.UTF8.GetString(bytes);

        var result = Rewrite(lines);

        Assert.False(result.Valid);
        Assert.Equal((4L, 4L), (result.FirstBadLine!.Value, result.FirstBadSequence!.Value));
        Assert.Contains("changed", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_FlippedByteInSealWithoutKey_IsStillDetectedAtTheNextLink()
    {
        var lines = Write(4);
        var seal = lines[1].LastIndexOf("\"seal\":\"", StringComparison.Ordinal) + 9;
        lines[1] = lines[1][..seal] + (lines[1][seal] == 'a' ? 'b' : 'a') + lines[1][(seal + 1)..];

        var withoutKey = new AuditLog(_folder.Path);
        File.WriteAllText(withoutKey.FilePath, string.Join("\n", lines) + "\n");

        Assert.Equal(3L, withoutKey.Verify().FirstBadLine);
        Assert.Equal(2L, NewLog().Verify().FirstBadLine);
    }

    [Fact]
    public void Verify_DeletedEntry_NamesTheMissingSequence()
    {
        var lines = Write(6);
        lines.RemoveAt(2);

        var result = Rewrite(lines);

        Assert.False(result.Valid);
        Assert.Equal((3L, 3L), (result.FirstBadLine!.Value, result.FirstBadSequence!.Value));
        Assert.Contains("missing", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_SwappedPair_NamesTheFirstOfThem()
    {
        var lines = Write(6);
        (lines[1], lines[2]) = (lines[2], lines[1]);

        var result = Rewrite(lines);

        Assert.False(result.Valid);
        Assert.Equal(2L, result.FirstBadLine);
    }

    [Fact]
    public void Verify_InsertedForgedEntry_NamesTheForgery()
    {
        var lines = Write(5);
        // The forger writes a well-formed entry chained to line 2 with its own correct hash, under a key they guessed.
        var forgerFolder = Path.Combine(_folder.Path, "forger");
        Directory.CreateDirectory(forgerFolder);
        var forgerLog = new AuditLog(forgerFolder, new byte[32]);
        File.WriteAllText(forgerLog.FilePath, string.Join("\n", lines.Take(2)) + "\n");
        forgerLog.Append(Query("mallory", 99));
        var forged = File.ReadAllLines(forgerLog.FilePath)[2];
        lines.Insert(2, forged);

        var result = Rewrite(lines);

        Assert.False(result.Valid);
        Assert.Equal(3L, result.FirstBadLine);
        Assert.Contains("seal", result.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_InsertedEntryWithoutSealKey_IsDetectedAtTheNextEntry()
    {
        var lines = Write(5);
        var forgerFolder = Path.Combine(_folder.Path, "forger");
        Directory.CreateDirectory(forgerFolder);
        var forgerLog = new AuditLog(forgerFolder);
        File.WriteAllText(forgerLog.FilePath, string.Join("\n", lines.Take(2)) + "\n");
        forgerLog.Append(Query("mallory", 99));
        lines.Insert(2, File.ReadAllLines(forgerLog.FilePath)[2]);

        var result = Rewrite(lines, withKey: false);

        Assert.False(result.Valid);
        Assert.Equal(4L, result.FirstBadLine);
    }

    [Fact]
    public void Read_FilterByUserAndSince_ReturnsMatchingEntries()
    {
        var now = new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero);
        var clock = new SteppingClock(now);
        var log = new AuditLog(_folder.Path, s_key, clock);
        for (var i = 1; i <= 6; i++)
        {
            log.Append(Query(i % 2 == 0 ? "bob" : "alice", i));
        }

        Assert.Equal([2L, 4, 6], log.Read(user: "bob").Select(e => e.Sequence));
        Assert.Equal([4L, 5, 6], log.Read(since: now.AddMinutes(3)).Select(e => e.Sequence));
        var entry = log.Read(user: "alice").First();
        Assert.Equal(("researcher", "DUO:0000042", "query", 1L, "allowed"), (entry.Event.Role, entry.Event.Purpose, entry.Event.Action, entry.Event.PatientsReturned!.Value, entry.Event.Outcome));
        Assert.Equal(["sample"], entry.Event.Tables);
    }

    [Fact]
    public void Append_ConcurrentWriters_KeepOneUnbrokenChain()
    {
        Parallel.For(0, 4, writer =>
        {
            var log = NewLog();
            for (var i = 0; i < 25; i++)
            {
                log.Append(Query("w" + writer.ToString(CultureInfo.InvariantCulture), i));
            }
        });

        var verification = NewLog().Verify();

        Assert.True(verification.Valid, verification.ToString());
        Assert.Equal(100, verification.Entries);
    }

    [Fact]
    public void Read_DamagedLine_FailsNamingTheLine()
    {
        var lines = Write(3);
        lines[1] = lines[1][..20];
        File.WriteAllText(NewLog().FilePath, string.Join("\n", lines) + "\n");

        var error = Assert.Throws<OmicsBridge.Core.Diagnostics.OmicsBridgeException>(() => NewLog().Read().ToList());

        Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
        Assert.Equal(2L, NewLog().Verify().FirstBadLine);
    }

    [Fact]
    public void Append_AfterDamagedLastLine_RefusesToChainToIt()
    {
        var lines = Write(2);
        File.WriteAllText(NewLog().FilePath, string.Join("\n", lines) + "\n{\"seq\":3,broken\n");

        Assert.Equal(OmicsBridge.Core.Diagnostics.ErrorKind.Conflict,
            Assert.Throws<OmicsBridge.Core.Diagnostics.OmicsBridgeException>(() => NewLog().Append(Query("x", 1))).Kind);
    }

    public void Dispose() => _folder.Dispose();

    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private int _calls;

        public override DateTimeOffset GetUtcNow() => start.AddMinutes(_calls++);
    }
}

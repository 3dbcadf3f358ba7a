using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Core.IO;

namespace OmicsBridge.Governance.Audit;

/// <summary>
/// The append-only, hash-chained access log: <c>audit/audit.jsonl</c> in the workspace, one JSON object per line.
/// </summary>
/// <remarks>
/// <para>Each line is <c>{"seq":…,"ts":…,"user":…,"role":…,"purpose":…,"action":…,"what":…,"tables":[…],
/// "patients":…,"outcome":…,"reason":…,"caller_source":…,"prev":"&lt;sha256 of the previous line&gt;",
/// "hash":"&lt;sha256 of this line up to prev&gt;","seal":"&lt;hmac&gt;"}</c>. <c>hash</c> covers the line's content (the
/// line cut before <c>,"hash"</c>, closed with <c>}</c>), so a changed byte is located at its own entry; <c>prev</c>
/// covers the whole previous line, so removing, inserting or reordering lines breaks the chain at the next one; the
/// optional <c>seal</c> (HMAC-SHA256 under the audit key of the key ring) makes a forged entry fail where it stands,
/// since a forger without the key cannot compute it.</para>
/// <para>Appends hold an exclusive lock on the file (flock on Unix), so concurrent processes write whole lines in
/// turn and each chains to the line actually before it. What a hash chain cannot show on its own is truncation of
/// the newest entries; <see cref="Head"/> gives the last hash to anchor elsewhere (a ticket, a second machine).</para>
/// </remarks>
public sealed class AuditLog
{
    public const string FileName = "audit.jsonl";

    private static readonly string s_genesis = new('0', 64);
    private static readonly byte[] s_hashMarker = Encoding.UTF8.GetBytes(",\"hash\":\"");

    private readonly byte[]? _sealKey;
    private readonly TimeProvider _clock;

    public AuditLog(string auditFolder, byte[]? sealKey = null, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(auditFolder);
        Directory.CreateDirectory(auditFolder);
        FilePath = Path.Combine(auditFolder, FileName);
        _sealKey = sealKey is null ? null : (byte[])sealKey.Clone();
        _clock = clock ?? TimeProvider.System;
    }

    public string FilePath { get; }

    /// <summary>Appends one entry under an exclusive lock and returns it as written.</summary>
    public AuditEntry Append(AuditEvent auditEvent)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            // Statements can quote identifiers a steward typed; the log is as private as the key ring.
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = FileLock.Open(FilePath, options);
        var last = ReadLastLine(stream);
        var sequence = 1L;
        var previous = s_genesis;
        if (last is not null)
        {
            try
            {
                using var document = JsonDocument.Parse(last);
                sequence = document.RootElement.GetProperty("seq").GetInt64() + 1;
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // Appending after a damaged line would chain new entries to garbage; stop and make someone look.
                throw OmicsBridgeException.Conflict($"The audit log {FilePath} ends with a damaged entry; run 'omicsbridge audit verify'. ({ex.Message})");
            }

            previous = Sha256Hex(last);
        }

        var timestamp = _clock.GetUtcNow();
        var content = WriteContent(sequence, timestamp, auditEvent, previous);
        var hash = Sha256Hex(content);
        var seal = _sealKey is null ? null : Convert.ToHexStringLower(HMACSHA256.HashData(_sealKey, Encoding.ASCII.GetBytes(hash)));
        var line = new StringBuilder(content.Length + 160);
        line.Append(Encoding.UTF8.GetString(content, 0, content.Length - 1));
        line.Append(",\"hash\":\"").Append(hash).Append('"');
        if (seal is not null)
        {
            line.Append(",\"seal\":\"").Append(seal).Append('"');
        }

        line.Append("}\n");
        stream.Seek(0, SeekOrigin.End);
        stream.Write(Encoding.UTF8.GetBytes(line.ToString()));
        stream.Flush(flushToDisk: true);
        return new AuditEntry(sequence, timestamp, auditEvent, previous, hash, seal);
    }

    /// <summary>
    /// Checks every line: its own hash, its seal (when this log has the key), its sequence number and its link to the
    /// line before. Stops at the first bad entry and names it.
    /// </summary>
    public AuditVerification Verify()
    {
        if (!File.Exists(FilePath))
        {
            return new(true, 0, null, null, null);
        }

        var previous = s_genesis;
        long line = 0;
        foreach (var bytes in ReadLines())
        {
            line++;
            var problem = Check(bytes, line, previous, out var sequence);
            if (problem is not null)
            {
                return new(false, line - 1, line, sequence ?? line, problem);
            }

            previous = Sha256Hex(bytes);
        }

        return new(true, line, null, null, null);
    }

    /// <summary>Entries in order, optionally only one user's and only those written at or after <paramref name="since"/>.</summary>
    public IEnumerable<AuditEntry> Read(string? user = null, DateTimeOffset? since = null)
    {
        if (!File.Exists(FilePath))
        {
            yield break;
        }

        long line = 0;
        foreach (var bytes in ReadLines())
        {
            line++;
            AuditEntry entry;
            try
            {
                entry = Parse(bytes);
            }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw OmicsBridgeException.InvalidInput(
                    string.Create(CultureInfo.InvariantCulture, $"{FilePath}:{line}: the audit entry is damaged; run 'omicsbridge audit verify'."), inner: ex);
            }

            if (user is not null && !string.Equals(entry.Event.User, user, StringComparison.Ordinal))
            {
                continue;
            }

            if (since is not null && entry.Timestamp < since)
            {
                continue;
            }

            yield return entry;
        }
    }

    /// <summary>The SHA-256 of the last line (the value the next entry will carry), or the genesis zeros.</summary>
    public string Head()
    {
        var previous = s_genesis;
        if (File.Exists(FilePath))
        {
            foreach (var bytes in ReadLines())
            {
                previous = Sha256Hex(bytes);
            }
        }

        return previous;
    }

    private string? Check(byte[] bytes, long line, string previous, out long? sequence)
    {
        sequence = null;
        var cut = IndexOf(bytes, s_hashMarker);
        if (cut < 0)
        {
            return "not a sealed audit entry (no hash)";
        }

        var content = new byte[cut + 1];
        bytes.AsSpan(0, cut).CopyTo(content);
        content[cut] = (byte)'}';
        string? hash;
        string? seal;
        string? prev;
        try
        {
            using var tail = JsonDocument.Parse("{" + Encoding.UTF8.GetString(bytes, cut + 1, bytes.Length - cut - 1));
            hash = tail.RootElement.GetProperty("hash").GetString();
            seal = tail.RootElement.TryGetProperty("seal", out var s) ? s.GetString() : null;
            using var document = JsonDocument.Parse(content);
            sequence = document.RootElement.GetProperty("seq").GetInt64();
            prev = document.RootElement.GetProperty("prev").GetString();
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return $"entry is not valid JSON any more (changed bytes): {ex.Message}";
        }

        if (!string.Equals(hash, Sha256Hex(content), StringComparison.Ordinal))
        {
            return "entry content changed: its SHA-256 no longer matches its hash";
        }

        if (_sealKey is not null)
        {
            var expected = Convert.ToHexStringLower(HMACSHA256.HashData(_sealKey, Encoding.ASCII.GetBytes(hash!)));
            if (!string.Equals(seal, expected, StringComparison.Ordinal))
            {
                return "entry seal invalid: forged or altered (not written by a holder of the audit key)";
            }
        }

        if (sequence != line)
        {
            var expected = line;
            var found = sequence;
            sequence = expected;
            return found > expected
                ? string.Create(CultureInfo.InvariantCulture, $"entry {expected} is missing: found entry {found} where entry {expected} belongs (removed)")
                : string.Create(CultureInfo.InvariantCulture, $"found entry {found} where entry {expected} belongs (reordered, duplicated or inserted)");
        }

        if (!string.Equals(prev, previous, StringComparison.Ordinal))
        {
            return "chain broken: prev does not match the SHA-256 of the line before (an entry was inserted, replaced or the previous line changed)";
        }

        return null;
    }

    private static AuditEntry Parse(byte[] bytes)
    {
        var cut = IndexOf(bytes, s_hashMarker);
        using var document = JsonDocument.Parse(bytes);
        var root = document.RootElement;
        var tables = root.GetProperty("tables").EnumerateArray().Select(t => t.GetString() ?? "").ToList();
        var auditEvent = new AuditEvent(
            root.GetProperty("user").GetString() ?? "",
            root.GetProperty("role").GetString() ?? "",
            Text(root, "purpose"),
            root.GetProperty("action").GetString() ?? "",
            Text(root, "what"),
            tables,
            root.GetProperty("patients").ValueKind == JsonValueKind.Number ? root.GetProperty("patients").GetInt64() : null,
            root.GetProperty("outcome").GetString() ?? "",
            Text(root, "reason"),
            Text(root, "caller_source"));
        return new AuditEntry(
            root.GetProperty("seq").GetInt64(),
            DateTimeOffset.Parse(root.GetProperty("ts").GetString()!, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            auditEvent,
            root.GetProperty("prev").GetString() ?? "",
            cut >= 0 ? root.GetProperty("hash").GetString() ?? "" : "",
            Text(root, "seal"));
    }

    private static string? Text(JsonElement root, string name)
        => root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] WriteContent(long sequence, DateTimeOffset timestamp, AuditEvent e, string previous)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("seq", sequence);
            writer.WriteString("ts", timestamp.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("user", e.User);
            writer.WriteString("role", e.Role);
            writer.WriteString("purpose", e.Purpose);
            writer.WriteString("action", e.Action);
            writer.WriteString("what", e.What);
            writer.WriteStartArray("tables");
            foreach (var table in e.Tables)
            {
                writer.WriteStringValue(table);
            }

            writer.WriteEndArray();
            if (e.PatientsReturned is { } patients)
            {
                writer.WriteNumber("patients", patients);
            }
            else
            {
                writer.WriteNull("patients");
            }

            writer.WriteString("outcome", e.Outcome);
            writer.WriteString("reason", e.Reason);
            writer.WriteString("caller_source", e.CallerSource);
            writer.WriteString("prev", previous);
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    /// <summary>Streams the log's lines as raw bytes (without the newline), so hashes see exactly what is stored.</summary>
    private IEnumerable<byte[]> ReadLines()
    {
        using var stream = new FileStream(FilePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024);
        var line = new MemoryStream();
        var buffer = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(buffer)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                line.Write(buffer, start, i - start);
                start = i + 1;
                if (line.Length > 0)
                {
                    yield return line.ToArray();
                }

                line.SetLength(0);
            }

            line.Write(buffer, start, read - start);
        }

        if (line.Length > 0)
        {
            yield return line.ToArray();
        }
    }

    /// <summary>The last non-empty line of the locked file, read backwards in blocks (the log can be large).</summary>
    private static byte[]? ReadLastLine(FileStream stream)
    {
        var length = stream.Length;
        if (length == 0)
        {
            return null;
        }

        var end = length;
        var one = new byte[1];
        while (end > 0)
        {
            stream.Seek(end - 1, SeekOrigin.Begin);
            stream.ReadExactly(one);
            if (one[0] != (byte)'\n')
            {
                break;
            }

            end--;
        }

        if (end == 0)
        {
            return null;
        }

        var block = new byte[8192];
        var start = end;
        while (start > 0)
        {
            var size = (int)Math.Min(block.Length, start);
            stream.Seek(start - size, SeekOrigin.Begin);
            stream.ReadExactly(block, 0, size);
            var newline = Array.LastIndexOf(block, (byte)'\n', size - 1, size);
            if (newline >= 0)
            {
                start = start - size + newline + 1;
                break;
            }

            start -= size;
        }

        var result = new byte[end - start];
        stream.Seek(start, SeekOrigin.Begin);
        stream.ReadExactly(result);
        return result;
    }

    private static string Sha256Hex(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().LastIndexOf(needle);
}

using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Core.IO;
using OmicsBridge.Governance.Audit;

namespace OmicsBridge.Governance.Pseudonyms;

/// <summary>
/// The local key ring: one random 256-bit secret per project and purpose-of-key (<c>pseudonym</c>, <c>audit</c>) in
/// <c>keys/keyring.json</c>, created on first use with owner-only permissions (0600). It is the embedded default;
/// production swaps in a KMS behind the same calls.
/// </summary>
/// <remarks>
/// The file is read and extended under an exclusive lock, so two processes creating the first key at once agree on
/// one key rather than each writing its own (which would make research ids differ between their outputs).
/// </remarks>
public sealed class ProjectKeyRing
{
    public const string FileName = "keyring.json";

    private readonly string _path;

    public ProjectKeyRing(string keysFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keysFolder);
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(keysFolder);
        }
        else
        {
            // Owner-only, like the key file; an existing folder keeps the mode it was given.
            Directory.CreateDirectory(keysFolder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        _path = Path.Combine(keysFolder, FileName);
    }

    public string FilePath => _path;

    /// <summary>The key named <paramref name="project"/>/<paramref name="use"/>, created if absent.</summary>
    public byte[] GetOrCreate(string project, string use = "pseudonym")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(use);
        var name = $"{project}/{use}";
        var options = new FileStreamOptions
        {
            Mode = FileMode.OpenOrCreate,
            Access = FileAccess.ReadWrite,
            Share = FileShare.None,
        };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using var stream = FileLock.Open(_path, options);
        JsonObject root;
        if (stream.Length == 0)
        {
            root = new JsonObject { ["version"] = 1, ["keys"] = new JsonObject() };
        }
        else
        {
            try
            {
                root = JsonNode.Parse(stream)?.AsObject() ?? throw new JsonException("empty document");
            }
            catch (JsonException ex)
            {
                throw OmicsBridgeException.InvalidInput($"The key ring {_path} is not valid JSON: {ex.Message}", inner: ex);
            }
        }

        var keys = root["keys"] as JsonObject ?? throw OmicsBridgeException.InvalidInput($"The key ring {_path} has no 'keys' object.");
        if (keys[name] is JsonObject existing && existing["key"]?.GetValue<string>() is { } encoded)
        {
            return Convert.FromBase64String(encoded);
        }

        var key = RandomNumberGenerator.GetBytes(32);
        keys[name] = new JsonObject
        {
            ["key"] = Convert.ToBase64String(key),
            ["created"] = DateTimeOffset.UtcNow.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["algorithm"] = "HMAC-SHA256",
        };
        stream.SetLength(0);
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            root.WriteTo(writer);
        }

        stream.Flush(flushToDisk: true);
        return key;
    }
}

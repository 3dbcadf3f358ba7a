using System.Security.Cryptography;
using System.Text.Json.Nodes;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Encryption;

namespace OmicsBridge.Governance.Pseudonyms;

/// <summary>
/// The local key ring: one random 256-bit secret per project and purpose-of-key (<c>pseudonym</c>, <c>audit</c>) in
/// <c>keys/keyring.json</c>, created on first use with owner-only permissions (0600). It is the embedded default;
/// production swaps in a KMS behind the same calls.
/// </summary>
/// <remarks>
/// The file is read and extended under an exclusive lock and replaced atomically (the lake's key files, <c>KeyFiles</c>),
/// so two processes creating the first key at once agree on one key rather than each writing its own (which would make
/// research ids differ between their outputs).
/// </remarks>
public sealed class ProjectKeyRing
{
    public const string FileName = "keyring.json";

    private readonly string _path;

    public ProjectKeyRing(string keysFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keysFolder);
        KeyFiles.EnsureFolder(keysFolder);
        _path = Path.Combine(keysFolder, FileName);
    }

    public string FilePath => _path;

    /// <summary>The key named <paramref name="project"/>/<paramref name="use"/>, created if absent.</summary>
    public byte[] GetOrCreate(string project, string use = "pseudonym")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(use);
        var name = $"{project}/{use}";
        return KeyFiles.Update(_path, root =>
        {
            if (root.Count == 0)
            {
                root["version"] = 1;
                root["keys"] = new JsonObject();
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
            return key;
        });
    }
}

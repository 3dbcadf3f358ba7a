using System.Text.Json.Nodes;
using OmicsBridge.Lake.Encryption;

namespace OmicsBridge.Governance.Pseudonyms;

/// <summary>
/// The project secrets: one 256-bit key per project and use (<c>pseudonym</c>, <c>audit</c>), held in the lake's data
/// key ring (<c>keys/data-keys.json</c>, scope <c>project/{project}/{use}</c>) and so wrapped by the master key like
/// every other key: <c>keys rotate</c> re-wraps them, and a production KMS guards them.
/// </summary>
/// <remarks>
/// Workspaces made before kept these keys in plain <c>keys/keyring.json</c>. Each key found there is adopted with its
/// bytes unchanged (research ids, date shifts and the audit chain continue) and then removed from that file, which is
/// deleted once empty. The ring's lock makes two processes creating the first key agree on one.
/// </remarks>
public sealed class ProjectKeyRing(DataKeyRing keys, string keysFolder)
{
    /// <summary>The plaintext key file of workspaces made before the keys were wrapped.</summary>
    public const string LegacyFileName = "keyring.json";

    private readonly string _legacyPath = Path.Combine(keysFolder, LegacyFileName);

    /// <summary>The embedded default: the lake's local key ring in <paramref name="keysFolder"/>.</summary>
    public static ProjectKeyRing Local(string keysFolder) => new(DataKeyRing.Local(keysFolder), keysFolder);

    /// <summary>The key named <paramref name="project"/>/<paramref name="use"/>, created if absent.</summary>
    public byte[] GetOrCreate(string project, string use = "pseudonym")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(project);
        ArgumentException.ThrowIfNullOrWhiteSpace(use);
        var name = $"{project}/{use}";
        var key = keys.ForScope("project/" + name, () => Legacy(name, remove: false)).Key;
        Legacy(name, remove: true);
        return key;
    }

    /// <summary>The key <paramref name="name"/> of the legacy file, if any; removes it when asked.</summary>
    private byte[]? Legacy(string name, bool remove)
    {
        if (!File.Exists(_legacyPath))
        {
            return null;
        }

        var (key, empty) = KeyFiles.Update(_legacyPath, root =>
        {
            var entries = root["keys"] as JsonObject;
            var encoded = (entries?[name] as JsonObject)?["key"]?.GetValue<string>();
            if (remove)
            {
                entries?.Remove(name);
            }

            return (encoded is null ? null : Convert.FromBase64String(encoded), entries is null || entries.Count == 0);
        });
        if (remove && empty)
        {
            File.Delete(_legacyPath);
        }

        return key;
    }
}

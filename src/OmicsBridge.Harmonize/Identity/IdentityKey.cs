using OmicsBridge.Lake.Encryption;

namespace OmicsBridge.Harmonize.Identity;

/// <summary>
/// The workspace's secret for deriving opaque patient ids: the data key ring's <c>identity</c> key, wrapped by the
/// master key like every other key.
/// </summary>
/// <remarks>
/// Workspaces made before kept it in plain <c>keys/identity.key</c>; that key is adopted with its bytes unchanged (the
/// patient ids derived from it stay the same) and the file is deleted.
/// </remarks>
public static class IdentityKey
{
    public const string Scope = "identity";

    /// <summary>The plaintext key file of workspaces made before the keys were wrapped.</summary>
    public const string LegacyFileName = "identity.key";

    public static byte[] LoadOrCreate(DataKeyRing keys, string keysFolder)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var legacy = Path.Combine(keysFolder, LegacyFileName);
        var key = keys.ForScope(Scope, () => File.Exists(legacy) ? File.ReadAllBytes(legacy) : null).Key;
        File.Delete(legacy);
        return key;
    }
}

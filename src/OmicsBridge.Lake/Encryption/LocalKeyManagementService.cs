using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Lake.Encryption;

/// <summary>
/// The embedded default KMS: 256-bit master keys in <c>keys/master-keys.json</c> (owner-only, 0600), wrapping data keys
/// with AES-256-GCM. Fine for one machine whose disk is protected; production points the workspace at a real KMS.
/// </summary>
/// <remarks>
/// A wrapped key is base64 of nonce (12 bytes) ‖ ciphertext ‖ tag (16 bytes); the master key id is the associated data,
/// so a wrapped key presented under another master key id fails authentication instead of decrypting to garbage.
/// </remarks>
public sealed class LocalKeyManagementService : IKeyManagementService
{
    public const string FileName = "master-keys.json";

    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly string _path;

    // Opening an engine unwraps a data key per lake file: the master key is read from disk once, not once per key.
    // A retired key leaves the cache too; a key another process retired is caught by the data keys' re-read.
    private readonly Dictionary<string, byte[]> _masterKeys = new(StringComparer.Ordinal);

    public LocalKeyManagementService(string keysFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keysFolder);
        KeyFiles.EnsureFolder(keysFolder);
        _path = Path.Combine(keysFolder, FileName);
    }

    public string CurrentMasterKeyId => Update(root => root["current"]?.GetValue<string>() ?? AddMasterKey(root));

    public string WrapKey(ReadOnlySpan<byte> dataKey, string masterKeyId)
    {
        var master = MasterKey(masterKeyId);
        var output = new byte[NonceSize + dataKey.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(master, TagSize);
        aes.Encrypt(nonce, dataKey, output.AsSpan(NonceSize, dataKey.Length), output.AsSpan(NonceSize + dataKey.Length), Encoding.UTF8.GetBytes(masterKeyId));
        return Convert.ToBase64String(output);
    }

    public byte[] UnwrapKey(string wrappedKey, string masterKeyId)
    {
        ArgumentNullException.ThrowIfNull(wrappedKey);
        var master = MasterKey(masterKeyId);
        var input = Convert.FromBase64String(wrappedKey);
        if (input.Length <= NonceSize + TagSize)
        {
            throw new CryptographicException("A wrapped data key is too short to be one.");
        }

        var key = new byte[input.Length - NonceSize - TagSize];
        using var aes = new AesGcm(master, TagSize);
        aes.Decrypt(input.AsSpan(0, NonceSize), input.AsSpan(NonceSize, key.Length), input.AsSpan(NonceSize + key.Length), key, Encoding.UTF8.GetBytes(masterKeyId));
        return key;
    }

    public string RotateMasterKey() => Update(AddMasterKey);

    public void RetireMasterKey(string masterKeyId) => Update(root =>
    {
        lock (_masterKeys)
        {
            _masterKeys.Remove(masterKeyId);
        }

        if (root["current"]?.GetValue<string>() == masterKeyId)
        {
            throw new InvalidOperationException($"Master key {masterKeyId} is current; rotate before retiring it.");
        }

        (root["keys"] as JsonObject)?.Remove(masterKeyId);
        return masterKeyId;
    });

    private byte[] MasterKey(string masterKeyId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(masterKeyId);
        lock (_masterKeys)
        {
            if (_masterKeys.TryGetValue(masterKeyId, out var cached))
            {
                return cached;
            }
        }

        var key = Update(root => root["keys"]?[masterKeyId]?.GetValue<string>() is { } text
            ? Convert.FromBase64String(text)
            : throw new OmicsBridgeException(ErrorKind.NotFound,
                $"Master key {masterKeyId} is not in {_path}: the data keys it wrapped cannot be opened (was the keys folder replaced?)."));
        lock (_masterKeys)
        {
            _masterKeys[masterKeyId] = key;
        }

        return key;
    }

    private static string AddMasterKey(JsonObject root)
    {
        var keys = root["keys"] as JsonObject ?? [];
        root["keys"] = keys;
        var id = string.Create(CultureInfo.InvariantCulture, $"mk-{keys.Count + 1}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        keys[id] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        root["current"] = id;
        return id;
    }

    private T Update<T>(Func<JsonObject, T> change) => KeyFiles.Update(_path, change);
}

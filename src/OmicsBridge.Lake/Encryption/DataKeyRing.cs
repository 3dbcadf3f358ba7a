using System.Buffers;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Lake.Encryption;

/// <summary>
/// Envelope encryption's data keys: random 256-bit keys, one per lake data file (<see cref="Create"/>) or one shared by
/// a scope (<see cref="ForScope"/>: the landing zone), stored only wrapped by the KMS's current master key in
/// <c>keys/data-keys.json</c>. Data is encrypted with data keys; rotating the master key re-wraps them
/// (<see cref="RotateMasterKey"/>) without touching the data they protect.
/// </summary>
public sealed class DataKeyRing
{
    public const string FileName = "data-keys.json";

    private static readonly SearchValues<char> s_hex = SearchValues.Create("0123456789abcdef");

    private readonly string _path;
    private readonly IKeyManagementService _kms;
    private readonly ConcurrentDictionary<string, DataKey> _unwrapped = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _created = new(StringComparer.Ordinal);
    private JsonObject? _stored;

    public DataKeyRing(string keysFolder, IKeyManagementService kms)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(keysFolder);
        ArgumentNullException.ThrowIfNull(kms);
        KeyFiles.EnsureFolder(keysFolder);
        _path = Path.Combine(keysFolder, FileName);
        _kms = kms;
    }

    /// <summary>The embedded default: the local KMS over the same keys folder.</summary>
    public static DataKeyRing Local(string keysFolder) => new(keysFolder, new LocalKeyManagementService(keysFolder));

    /// <summary>The master key new data keys are wrapped with (created on first use).</summary>
    public string MasterKeyId => _kms.CurrentMasterKeyId;

    /// <summary>
    /// The key of <paramref name="scope"/> ("landing", "identity", "project/p/pseudonym"), created on first use: from the
    /// bytes <paramref name="adopt"/> gives, when a key kept elsewhere before the ring held it must live on (research ids
    /// and pseudonyms derive from it), else at random.
    /// </summary>
    public DataKey ForScope(string scope, Func<byte[]?>? adopt = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        // The ring was just read under its lock: the scope's key is unwrapped from that read, not from a second one.
        return KeyFiles.Update(_path, root =>
        {
            var scopes = Child(root, "scopes");
            if (scopes[scope]?.GetValue<string>() is { } existing)
            {
                return _unwrapped.GetOrAdd(existing, id => Unwrap(Child(root, "keys"), id));
            }

            var key = adopt?.Invoke() is { } bytes ? Adopt(bytes) : NewKey();
            scopes[scope] = Store(root, scope, key, _kms.CurrentMasterKeyId);
            return key;
        });
    }

    /// <summary>
    /// A fresh data key for one file of <paramref name="scope"/>, usable at once and kept in memory until
    /// <see cref="SaveCreated"/> writes it to the ring (once per transaction, not once per file).
    /// </summary>
    public DataKey Create(string scope)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        var key = NewKey();
        _created[key.Id] = scope;
        return key;
    }

    /// <summary>Saves the keys <see cref="Create"/> made, wrapped; call before anything refers to the files they encrypt.</summary>
    public void SaveCreated()
    {
        if (_created.IsEmpty)
        {
            return;
        }

        var pending = _created.ToArray();
        KeyFiles.Update(_path, root =>
        {
            var masterKeyId = _kms.CurrentMasterKeyId;
            foreach (var (id, scope) in pending)
            {
                Store(root, scope, _unwrapped[id], masterKeyId);
            }

            return pending.Length;
        });
        foreach (var (id, _) in pending)
        {
            _created.TryRemove(id, out _);
        }
    }

    /// <summary>The data key named <paramref name="id"/> (as a file's key tag or header names it).</summary>
    public DataKey Get(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        // Ids come back from file tags in the plaintext log; only ids this ring could have made are looked up (or used in SQL).
        if (!IsDataKeyId(id))
        {
            throw new OmicsBridgeException(ErrorKind.InvalidInput, $"'{id}' is not a data key id (dk- and 16 hex digits).");
        }

        if (_unwrapped.TryGetValue(id, out var cached))
        {
            return cached;
        }

        // The ring is read once per instance (a lake has a key per data file), again when an id is new to it or its
        // wrapping is stale (another process rotated the master key since).
        if (_stored?[id] is null)
        {
            Reload();
        }

        DataKey key;
        try
        {
            key = Unwrap(_stored!, id);
        }
        catch (Exception ex) when (ex is CryptographicException or OmicsBridgeException { Kind: ErrorKind.NotFound })
        {
            Reload();
            key = Unwrap(_stored!, id);
        }

        _unwrapped[id] = key;
        return key;
    }

    private void Reload() => _stored = KeyFiles.Update(_path, root => (JsonObject)Child(root, "keys").DeepClone());

    private DataKey Unwrap(JsonObject keys, string id)
    {
        var entry = keys[id]
            ?? throw new OmicsBridgeException(ErrorKind.NotFound,
                $"Data key {id} is not in {_path}: the data encrypted with it cannot be read (was the keys folder replaced?).");
        return new DataKey(id, _kms.UnwrapKey(entry["wrapped"]!.GetValue<string>(), entry["master_key"]!.GetValue<string>()));
    }

    /// <summary>Every data key's id, scope, wrapping master key and creation time; never the key itself.</summary>
    public IReadOnlyList<DataKeyEntry> List() =>
        KeyFiles.Update(_path, root => Child(root, "keys")
            .Select(pair => new DataKeyEntry(
                pair.Key,
                pair.Value!["scope"]!.GetValue<string>(),
                pair.Value["master_key"]!.GetValue<string>(),
                DateTimeOffset.Parse(pair.Value["created"]!.GetValue<string>(), CultureInfo.InvariantCulture)))
            .OrderBy(e => e.Scope, StringComparer.Ordinal)
            .ToList());

    /// <summary>
    /// Makes a new master key current, re-wraps every data key under it, then destroys the master keys nothing is
    /// wrapped under any more. The data keys (and so every encrypted file) stay as they are.
    /// </summary>
    public MasterKeyRotation RotateMasterKey()
    {
        var rotation = KeyFiles.Update(_path, root =>
        {
            // The outgoing master key retires even when it wraps no data key yet; "rotate" must leave no old key behind.
            var retiredFrom = new HashSet<string>(StringComparer.Ordinal) { _kms.CurrentMasterKeyId };
            var next = _kms.RotateMasterKey();
            var keys = Child(root, "keys");
            foreach (var (_, node) in keys)
            {
                var entry = (JsonObject)node!;
                var previous = entry["master_key"]!.GetValue<string>();
                var plain = _kms.UnwrapKey(entry["wrapped"]!.GetValue<string>(), previous);
                entry["wrapped"] = _kms.WrapKey(plain, next);
                entry["master_key"] = next;
                CryptographicOperations.ZeroMemory(plain);
                retiredFrom.Add(previous);
            }

            return new MasterKeyRotation(next, keys.Count, [.. retiredFrom.Order(StringComparer.Ordinal)]);
        });

        // The cached copy holds the old wrappings, which the retired master keys can no longer open.
        _stored = null;

        // Only after the re-wrapped ring is safely on disk: until then the old master key must still open it.
        foreach (var old in rotation.RetiredMasterKeys)
        {
            _kms.RetireMasterKey(old);
        }

        return rotation;
    }

    private DataKey NewKey() => Remember(RandomNumberGenerator.GetBytes(32));

    private DataKey Adopt(byte[] bytes) => bytes.Length == 32
        ? Remember(bytes)
        : throw OmicsBridgeException.InvalidInput($"A key to adopt into {_path} must be 256 bits; it has {bytes.Length * 8}.");

    private DataKey Remember(byte[] bytes)
    {
        var key = new DataKey("dk-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8)), bytes);
        _unwrapped[key.Id] = key;
        return key;
    }

    private string Store(JsonObject root, string scope, DataKey key, string masterKeyId)
    {
        Child(root, "keys")[key.Id] = new JsonObject
        {
            ["scope"] = scope,
            ["master_key"] = masterKeyId,
            ["wrapped"] = _kms.WrapKey(key.Key, masterKeyId),
            ["created"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        };
        return key.Id;
    }

    private static bool IsDataKeyId(string id) =>
        id.Length == 19 && id.StartsWith("dk-", StringComparison.Ordinal) && !id.AsSpan(3).ContainsAnyExcept(s_hex);

    private static JsonObject Child(JsonObject root, string name)
    {
        if (root[name] is JsonObject child)
        {
            return child;
        }

        child = [];
        root[name] = child;
        return child;
    }
}

namespace OmicsBridge.Lake.Encryption;

/// <summary>
/// Holds the master keys and wraps (encrypts) data keys with them; the master keys themselves never leave it. The shape
/// is Parquet key management's <c>KmsClient</c> (wrapKey/unwrapKey by master key identifier), so a production KMS
/// (Vault transit, AWS KMS, Azure Key Vault) plugs in behind the same calls.
/// </summary>
public interface IKeyManagementService
{
    /// <summary>The master key new data keys are wrapped with.</summary>
    string CurrentMasterKeyId { get; }

    /// <summary>Encrypts <paramref name="dataKey"/> under master key <paramref name="masterKeyId"/>; returns text safe to store.</summary>
    string WrapKey(ReadOnlySpan<byte> dataKey, string masterKeyId);

    /// <summary>Decrypts a wrapped data key; fails when it was altered or wrapped under another master key.</summary>
    byte[] UnwrapKey(string wrappedKey, string masterKeyId);

    /// <summary>Makes a new master key current and returns its id; the previous ones stay until retired.</summary>
    string RotateMasterKey();

    /// <summary>Destroys a master key no data key is wrapped under any more.</summary>
    void RetireMasterKey(string masterKeyId);
}

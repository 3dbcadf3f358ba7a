namespace OmicsBridge.Lake.Encryption;

/// <summary>A 256-bit data encryption key, unwrapped, with the id files and headers name it by.</summary>
public sealed record DataKey(string Id, byte[] Key)
{
    /// <summary>The Delta add-action tag naming the data key a lake file is encrypted with.</summary>
    public const string FileTag = "omicsbridge.data_key";

    /// <summary>The key as DuckDB's <c>add_parquet_key</c> takes it.</summary>
    public string Base64 => Convert.ToBase64String(Key);
}

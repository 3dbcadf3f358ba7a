namespace OmicsBridge.Lake.Encryption;

/// <summary>What the key ring says about one data key, without its material: for <c>keys list</c>.</summary>
public sealed record DataKeyEntry(string Id, string Scope, string MasterKeyId, DateTimeOffset Created);

namespace OmicsBridge.Lake.Encryption;

/// <summary>What <c>keys rotate</c> did: the new master key, how many data keys it now wraps, the master keys destroyed.</summary>
public sealed record MasterKeyRotation(string MasterKeyId, int DataKeys, IReadOnlyList<string> RetiredMasterKeys);

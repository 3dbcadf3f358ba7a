using System.Security.Cryptography;

namespace OmicsBridge.Harmonize.Identity;

/// <summary>The workspace's secret for deriving opaque patient ids (<c>keys/identity.key</c>, made on first use).</summary>
public static class IdentityKey
{
    public static byte[] LoadOrCreate(string keysFolder)
    {
        Directory.CreateDirectory(keysFolder);
        var path = Path.Combine(keysFolder, "identity.key");
        if (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        var key = RandomNumberGenerator.GetBytes(32);
        try
        {
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            stream.Write(key);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllBytes(path);
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }
}

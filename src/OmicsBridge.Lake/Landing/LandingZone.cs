using System.Security.Cryptography;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Lake.Landing;

/// <summary>
/// The immutable landing zone: each input file is kept byte for byte under <c>landing/sha256/ab/&lt;sha256&gt;</c>,
/// read-only, so every lake row can be traced to the exact bytes it came from and re-derived from them.
/// </summary>
public sealed class LandingZone(string root, string workspaceRoot)
{
    private const int BufferSize = 1 << 20;

    /// <summary>Copies <paramref name="sourcePath"/> in while hashing it; identical bytes are stored once.</summary>
    public LandedFile Store(string sourcePath, CancellationToken cancellationToken = default)
    {
        var fullSource = Path.GetFullPath(sourcePath);
        if (Directory.Exists(fullSource))
        {
            throw OmicsBridgeException.InvalidInput($"{sourcePath}: is a folder; give the files in it.");
        }

        if (!File.Exists(fullSource))
        {
            throw OmicsBridgeException.NotFound($"{sourcePath}: file not found.");
        }

        var staging = Path.Combine(root, "tmp");
        Directory.CreateDirectory(staging);
        var tempPath = Path.Combine(staging, $"{Guid.NewGuid():N}.part");
        string sha256;
        long bytes;
        try
        {
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            using (var input = new FileStream(fullSource, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize))
            using (var output = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize))
            {
                var buffer = new byte[BufferSize];
                int read;
                while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    hash.AppendData(buffer, 0, read);
                    output.Write(buffer, 0, read);
                }

                output.Flush(flushToDisk: true);
                bytes = output.Length;
                sha256 = Convert.ToHexStringLower(hash.GetHashAndReset());
            }

            var relative = Path.Combine("landing", "sha256", sha256[..2], sha256);
            var finalPath = Path.Combine(workspaceRoot, relative);
            if (File.Exists(finalPath))
            {
                return new LandedFile(sha256, fullSource, finalPath, relative, bytes, AlreadyLanded: true);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(finalPath)!);
            MakeReadOnly(tempPath);
            try
            {
                File.Move(tempPath, finalPath, overwrite: false);
            }
            catch (IOException) when (File.Exists(finalPath))
            {
                // Another ingest landed the same bytes a moment ago; theirs is identical to ours.
                return new LandedFile(sha256, fullSource, finalPath, relative, bytes, AlreadyLanded: true);
            }

            return new LandedFile(sha256, fullSource, finalPath, relative, bytes, AlreadyLanded: false);
        }
        finally
        {
            if (File.Exists(tempPath))
            {
                File.SetAttributes(tempPath, FileAttributes.Normal);
                File.Delete(tempPath);
            }
        }
    }

    private static void MakeReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
    }
}

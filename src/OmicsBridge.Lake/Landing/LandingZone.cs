using System.Security.Cryptography;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Encryption;

namespace OmicsBridge.Lake.Landing;

/// <summary>
/// The immutable landing zone: each input file is kept under <c>landing/sha256/ab/&lt;sha256&gt;</c>, read-only and
/// encrypted at rest (an envelope, <see cref="EnvelopeWriteStream"/>), so every lake row can be traced to the exact bytes it
/// came from and re-derived from them. The name is the SHA-256 of the original bytes, not of the ciphertext.
/// </summary>
/// <remarks>
/// All landed files share one data key, <c>keys.ForScope("landing")</c>: the file is encrypted while it is read and
/// hashed, so the key must be chosen before the hash (and so the file's name) is known. A key per file would also give
/// the same bytes a second key each time they arrive, though content addressing stores them once.
/// </remarks>
public sealed class LandingZone(string root, string workspaceRoot, DataKeyRing keys)
{
    public const string KeyScope = "landing";

    private const int BufferSize = 1 << 20;

    /// <summary>
    /// Reads <paramref name="sourcePath"/> once, hashing its bytes and encrypting them into a temporary file that then
    /// becomes the landed copy; identical bytes are stored once. No plaintext is written under the landing folder.
    /// </summary>
    public LandedFile Store(string sourcePath, CancellationToken cancellationToken = default)
    {
        using var landing = Begin(sourcePath, cancellationToken);
        return landing.Complete();
    }

    /// <summary>
    /// Lands <paramref name="sourcePath"/> in two steps, so reading it need not wait for the disk: the bytes are hashed
    /// and encrypted into a temporary file at once, which is readable through <see cref="PendingLanding.File"/> while
    /// it is synced to disk in the background; <see cref="PendingLanding.Complete"/> waits for the sync and only then
    /// gives the file its name (so a named file is always whole). Disposing an incomplete landing deletes the file.
    /// </summary>
    public PendingLanding Begin(string sourcePath, CancellationToken cancellationToken = default)
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
        try
        {
            var (sha256, bytes) = EncryptWhileHashing(fullSource, tempPath, cancellationToken);
            var relative = Path.Combine("landing", "sha256", sha256[..2], sha256);
            var finalPath = Path.Combine(workspaceRoot, relative);
            if (File.Exists(finalPath) && EnvelopeHeader.IsEnvelope(finalPath))
            {
                Delete(tempPath);
                return new PendingLanding(new LandedFile(sha256, fullSource, finalPath, relative, bytes, AlreadyLanded: true), null, null);
            }

            var synced = Task.Run(() => SyncToDisk(tempPath), CancellationToken.None);
            return new PendingLanding(new LandedFile(sha256, fullSource, tempPath, relative, bytes, AlreadyLanded: false), finalPath, synced);
        }
        catch
        {
            Delete(tempPath);
            throw;
        }
    }

    /// <summary>The original bytes of a landed file, decrypted and authenticated as they are read (seekable).</summary>
    public EnvelopeReadStream OpenRead(LandedFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return EnvelopeReadStream.Open(file.LandingPath, keys);
    }

    /// <remarks>
    /// A chunk is hashed on a second core while it is encrypted (both only read it), so landing takes the longer of the
    /// two rather than their sum; two buffers alternate so the next chunk is read meanwhile.
    /// </remarks>
    private (string Sha256, long Bytes) EncryptWhileHashing(string sourcePath, string tempPath, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var input = new FileStream(sourcePath, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan);
        using var output = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
        long bytes = 0;
        var hashing = Task.CompletedTask;
        try
        {
            using var envelope = new EnvelopeWriteStream(output, keys.ForScope(KeyScope), leaveOpen: true);
            byte[][] buffers = [new byte[BufferSize], new byte[BufferSize]];
            var turn = 0;
            int read;
            while ((read = input.Read(buffers[turn], 0, BufferSize)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var chunk = buffers[turn];
                var length = read;
                hashing.GetAwaiter().GetResult();
                hashing = Task.Run(() => hash.AppendData(chunk, 0, length), CancellationToken.None);
                envelope.Write(chunk, 0, length);
                bytes += length;
                turn = 1 - turn;
            }

            hashing.GetAwaiter().GetResult();
        }
        finally
        {
            WaitQuietly(hashing);
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), bytes);
    }

    /// <summary>Waits for work on a file that is about to go away (a failed landing), ignoring that work's own failure.</summary>
    internal static void WaitQuietly(Task work)
    {
        try
        {
            work.Wait(CancellationToken.None);
        }
        catch (AggregateException)
        {
            // The failure that ended the landing is the one the caller reports.
        }
    }

    private static void SyncToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        stream.Flush(flushToDisk: true);
    }

    internal static void Delete(string path)
    {
        if (File.Exists(path))
        {
            File.SetAttributes(path, FileAttributes.Normal);
            File.Delete(path);
        }
    }

    internal static void MakeReadOnly(string path)
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

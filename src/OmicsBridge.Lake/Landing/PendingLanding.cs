using OmicsBridge.Lake.Encryption;

namespace OmicsBridge.Lake.Landing;

/// <summary>
/// A file being landed (<see cref="LandingZone.Begin"/>): hashed and encrypted, readable through <see cref="File"/>,
/// and being synced to disk. <see cref="Complete"/> names it; disposing it first deletes it.
/// </summary>
public sealed class PendingLanding : IDisposable
{
    private readonly string? _finalPath;
    private readonly Task? _synced;
    private bool _completed;

    internal PendingLanding(LandedFile file, string? finalPath, Task? synced)
    {
        File = file;
        _finalPath = finalPath;
        _synced = synced;
        _completed = finalPath is null;
    }

    /// <summary>The landed bytes: hash, size and a path to read them from (the temporary file until completed).</summary>
    public LandedFile File { get; private set; }

    /// <summary>
    /// Waits until the bytes are on disk, then gives the file its content-addressed name (replacing a plaintext copy
    /// landed before encryption at rest) and returns it as landed.
    /// </summary>
    public LandedFile Complete()
    {
        if (_completed)
        {
            return File;
        }

        _synced!.GetAwaiter().GetResult();
        var temp = File.LandingPath;
        var final = _finalPath!;
        var exists = System.IO.File.Exists(final);
        var legacy = exists && !EnvelopeHeader.IsEnvelope(final);
        if (exists && !legacy)
        {
            // Another ingest landed the same bytes meanwhile; theirs decrypts to the same bytes as ours.
            return Done(final, alreadyLanded: true);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(final)!);
        if (legacy)
        {
            System.IO.File.SetAttributes(final, FileAttributes.Normal);
        }

        LandingZone.MakeReadOnly(temp);
        try
        {
            System.IO.File.Move(temp, final, overwrite: legacy);
        }
        catch (IOException) when (System.IO.File.Exists(final))
        {
            return Done(final, alreadyLanded: true);
        }

        return Done(final, alreadyLanded: legacy);
    }

    public void Dispose()
    {
        if (_completed)
        {
            return;
        }

        if (_synced is not null)
        {
            // The failure that ended the ingest is the one the caller reports; the file goes either way.
            LandingZone.WaitQuietly(_synced);
        }

        LandingZone.Delete(File.LandingPath);
        _completed = true;
    }

    private LandedFile Done(string final, bool alreadyLanded)
    {
        LandingZone.Delete(File.LandingPath);
        File = File with { LandingPath = final, AlreadyLanded = alreadyLanded };
        _completed = true;
        return File;
    }
}

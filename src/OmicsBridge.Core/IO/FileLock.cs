namespace OmicsBridge.Core.IO;

/// <summary>
/// Opens a file exclusively, waiting while another process holds it. On Unix .NET maps <see cref="FileShare.None"/>
/// to an advisory <c>flock</c>, so every OmicsBridge process (the only writers of keys/ and audit/) takes turns.
/// </summary>
public static class FileLock
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(30);

    public static FileStream Open(string path, FileStreamOptions options)
    {
        var deadline = DateTime.UtcNow + s_timeout;
        var delay = 2;
        while (true)
        {
            try
            {
                return new FileStream(path, options);
            }
            catch (IOException) when (DateTime.UtcNow < deadline && File.Exists(path))
            {
                // Held by another writer (sharing violation); back off and retry rather than fail the command.
                Thread.Sleep(delay);
                delay = Math.Min(delay * 2, 100);
            }
        }
    }
}

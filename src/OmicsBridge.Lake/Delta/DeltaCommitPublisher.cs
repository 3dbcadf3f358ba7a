using System.Runtime.InteropServices;

namespace OmicsBridge.Lake.Delta;

/// <summary>Publishes a fully written temp file under its final name only if that name is free, atomically.</summary>
/// <remarks>
/// On Unix this is link(2): it fails with EEXIST when the name is taken, so of two racing writers exactly one wins and
/// a reader never sees a half-written file. <see cref="File.Move(string, string, bool)"/> is not used there because
/// some runtime versions implement the no-overwrite move as "stat, then rename", which lets a second writer replace
/// the first. On Windows, MoveFileEx without MOVEFILE_REPLACE_EXISTING is already atomic create-if-absent.
/// </remarks>
internal static class DeltaCommitPublisher
{
    private const int Eexist = 17;

    /// <summary>True when <paramref name="final"/> was created from <paramref name="temp"/>; false when it already existed.</summary>
    public static bool TryPublish(string temp, string final)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                File.Move(temp, final, overwrite: false);
                return true;
            }
            catch (IOException) when (File.Exists(final))
            {
                return false;
            }
        }

        if (NativeMethods.Link(temp, final) == 0)
        {
            return true;
        }

        var errno = Marshal.GetLastPInvokeError();
        if (errno == Eexist)
        {
            return false;
        }

        throw new IOException($"Cannot publish {Path.GetFileName(final)}: link failed with errno {errno}.");
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "link", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Link([MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);
    }
}

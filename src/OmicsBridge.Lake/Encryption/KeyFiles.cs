using System.Text.Json;
using System.Text.Json.Nodes;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Core.IO;

namespace OmicsBridge.Lake.Encryption;

/// <summary>
/// How key files are kept: JSON, owner-only (0600), changed under an exclusive lock on a sibling <c>.lock</c> file and
/// replaced atomically (write a temporary file, flush it to disk, rename it over), so a crash mid-write can never leave
/// a half-written key file — losing it would make the lake unreadable.
/// </summary>
internal static class KeyFiles
{
    private static readonly JsonSerializerOptions s_indented = new() { WriteIndented = true };

    public static void EnsureFolder(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Reads <paramref name="path"/>, lets <paramref name="change"/> edit it, and saves it if it changed.</summary>
    public static T Update<T>(string path, Func<JsonObject, T> change)
    {
        using var held = FileLock.Open(path + ".lock", OwnerOnly(FileMode.OpenOrCreate, FileAccess.ReadWrite));
        var root = Read(path);
        var before = root.ToJsonString();
        var result = change(root);
        if (root.ToJsonString() != before)
        {
            var temp = path + ".tmp";
            using (var stream = new FileStream(temp, OwnerOnly(FileMode.Create, FileAccess.Write)))
            {
                stream.Write(JsonSerializer.SerializeToUtf8Bytes(root, s_indented));
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, path, overwrite: true);
        }

        return result;
    }

    private static JsonObject Read(string path)
    {
        var bytes = File.Exists(path) ? File.ReadAllBytes(path) : [];
        if (bytes.Length == 0)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(bytes) as JsonObject ?? throw new JsonException("the document is not a JSON object");
        }
        catch (JsonException ex)
        {
            throw OmicsBridgeException.InvalidInput($"The key file {path} is not valid JSON: {ex.Message}", inner: ex);
        }
    }

    private static FileStreamOptions OwnerOnly(FileMode mode, FileAccess access)
    {
        var options = new FileStreamOptions { Mode = mode, Access = access, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return options;
    }
}

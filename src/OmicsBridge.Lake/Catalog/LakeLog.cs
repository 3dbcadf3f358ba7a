using System.Globalization;
using System.Text.Json;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Lake.Catalog;

/// <summary>
/// The lake log (<c>lake/_lake_log/{version:D20}.json</c>): the multi-table commit point above the per-table Delta logs.
/// </summary>
/// <remarks>
/// Delta commits are atomic per table only. An ingest writes several tables, so it commits each table's Delta log
/// first and then publishes one lake version naming every table's Delta version. A crash between the two leaves Delta
/// versions no lake version names; OmicsBridge readers never see them and the next writer rolls them back
/// (<see cref="Writing.LakeWriteTransaction"/>). Spark or Trino reading a single table directly see plain Delta tables.
/// </remarks>
public sealed class LakeLog(string lakePath)
{
    public const string FolderName = "_lake_log";

    private static readonly JsonSerializerOptions s_json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower, WriteIndented = true };

    public string FolderPath { get; } = Path.Combine(lakePath, FolderName);

    /// <summary>Every published version, ascending.</summary>
    public IReadOnlyList<long> Versions()
    {
        if (!Directory.Exists(FolderPath))
        {
            return [];
        }

        var versions = new List<long>();
        foreach (var file in Directory.EnumerateFiles(FolderPath, "*.json"))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (name.Length == 20 && long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                versions.Add(version);
            }
        }

        versions.Sort();
        return versions;
    }

    public LakeVersion? Latest()
    {
        var versions = Versions();
        return versions.Count == 0 ? null : Read(versions[^1]);
    }

    public LakeVersion Read(long version)
    {
        var path = PathOf(version);
        if (!File.Exists(path))
        {
            var versions = Versions();
            var known = versions.Count == 0 ? "the lake has no versions yet (nothing was ingested)"
                : string.Create(CultureInfo.InvariantCulture, $"versions {versions[0]}..{versions[^1]} exist");
            throw OmicsBridgeException.NotFound(string.Create(CultureInfo.InvariantCulture, $"Lake version {version} does not exist: {known}."));
        }

        try
        {
            using var stream = File.OpenRead(path);
            return JsonSerializer.Deserialize<LakeVersion>(stream, s_json)
                ?? throw new JsonException("empty document");
        }
        catch (JsonException ex)
        {
            throw OmicsBridgeException.FromIssue(
                new ParseIssue("LAKE001", IssueSeverity.Fatal, path, ex.LineNumber + 1 ?? 1, null, null, $"corrupt lake log entry: {ex.Message}"), ex);
        }
    }

    /// <summary>Publishes <paramref name="entry"/> if its version is still free; false when another writer took it.</summary>
    public bool TryPublish(LakeVersion entry)
    {
        Directory.CreateDirectory(FolderPath);
        var final = PathOf(entry.Version);
        var temp = Path.Combine(FolderPath, $".{entry.Version:D20}.{Guid.NewGuid():N}.tmp");
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
        {
            JsonSerializer.Serialize(stream, entry, s_json);
            stream.Flush(flushToDisk: true);
        }

        try
        {
            // No-overwrite move: atomic publish; exactly one of several racing writers succeeds.
            File.Move(temp, final, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(final))
        {
            File.Delete(temp);
            return false;
        }
    }

    private string PathOf(long version) => Path.Combine(FolderPath, string.Create(CultureInfo.InvariantCulture, $"{version:D20}.json"));
}

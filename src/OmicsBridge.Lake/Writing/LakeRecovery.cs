using System.Text.Json;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Delta;

namespace OmicsBridge.Lake.Writing;

/// <summary>
/// Rolls back what a crashed writer committed to single tables but never published as a lake version, so the next
/// lake version starts from exactly the last published state.
/// </summary>
internal static class LakeRecovery
{
    public static void RollBackUnpublished(LakeStore store)
    {
        var lakePath = store.Workspace.LakePath;
        if (!Directory.Exists(lakePath))
        {
            return;
        }

        var published = store.Log.Latest()?.Tables ?? new Dictionary<string, long>();
        foreach (var folder in Directory.EnumerateDirectories(lakePath))
        {
            var name = Path.GetFileName(folder);
            if (name.StartsWith('_'))
            {
                continue;
            }

            var table = new DeltaTable(folder);
            var latest = table.LatestVersion();
            if (latest is null)
            {
                continue;
            }

            if (!published.TryGetValue(name, out var publishedVersion))
            {
                // The table was created by a run that never published: no lake version has ever shown it.
                Directory.Delete(folder, recursive: true);
                continue;
            }

            if (latest > publishedVersion)
            {
                Compensate(store, table, publishedVersion, latest.Value);
            }
        }
    }

    private static void Compensate(LakeStore store, DeltaTable table, long publishedVersion, long latest)
    {
        var good = table.GetSnapshot(publishedVersion);
        var bad = table.GetSnapshot(latest);
        var now = store.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var goodPaths = good.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var badPaths = bad.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);

        var info = DeltaCommitInfo.Create(now, "ROLLBACK");
        var values = new Dictionary<string, JsonElement>(info.Values, StringComparer.Ordinal)
        {
            ["omicsbridge.rolled_back_versions"] = JsonSerializer.SerializeToElement($"{publishedVersion + 1}..{latest}"),
        };
        var actions = new List<DeltaAction> { new DeltaCommitInfo(values) };
        if (bad.Metadata != good.Metadata)
        {
            actions.Add(good.Metadata);
        }

        actions.AddRange(bad.Files.Where(f => !goodPaths.Contains(f.Path)).Select(f =>
            new DeltaRemoveFile(f.Path, now, DataChange: true, ExtendedFileMetadata: true, f.PartitionValues, f.Size)));
        actions.AddRange(good.Files.Where(f => !badPaths.Contains(f.Path)));
        table.TryCommit(latest + 1, actions);
    }
}

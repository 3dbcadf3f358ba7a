using System.Globalization;

namespace OmicsBridge.Lake.Delta;

/// <summary>
/// One listing of <c>_delta_log</c>: commit versions and complete classic checkpoints. Anything else (temp files from
/// a crashed writer, <c>.crc</c> sidecars, V2/UUID checkpoints, compacted logs) is ignored.
/// </summary>
internal sealed class DeltaLogListing
{
    private const int VersionDigits = 20;

    private DeltaLogListing(SortedSet<long> commits, SortedDictionary<long, List<string>> checkpoints)
    {
        Commits = commits;
        Checkpoints = checkpoints;
    }

    public SortedSet<long> Commits { get; }

    /// <summary>Checkpoint version → its parquet part files in part order (only complete checkpoints).</summary>
    public SortedDictionary<long, List<string>> Checkpoints { get; }

    public long? Latest
    {
        get
        {
            long? latest = Commits.Count > 0 ? Commits.Max : null;
            if (Checkpoints.Count > 0 && (latest is null || Checkpoints.Keys.Last() > latest))
            {
                latest = Checkpoints.Keys.Last();
            }

            return latest;
        }
    }

    /// <summary>The oldest version that can still be reconstructed (0, or a checkpoint after log cleanup).</summary>
    public long? Earliest
    {
        get
        {
            if (Commits.Contains(0))
            {
                return 0;
            }

            return Checkpoints.Count > 0 ? Checkpoints.Keys.First() : null;
        }
    }

    public static DeltaLogListing Read(string logDirectory)
    {
        var commits = new SortedSet<long>();
        var parts = new Dictionary<(long Version, int Total), SortedDictionary<int, string>>();
        if (Directory.Exists(logDirectory))
        {
            foreach (var path in Directory.EnumerateFiles(logDirectory))
            {
                var name = Path.GetFileName(path);
                if (name.Length < VersionDigits + 5 || !TryVersion(name.AsSpan(0, VersionDigits), out var version))
                {
                    continue;
                }

                var rest = name.AsSpan(VersionDigits);
                if (rest.SequenceEqual(".json"))
                {
                    commits.Add(version);
                }
                else if (rest.SequenceEqual(".checkpoint.parquet"))
                {
                    Part(parts, version, 1).Add(1, path);
                }
                else if (TryMultiPart(rest, out var part, out var total))
                {
                    Part(parts, version, total).TryAdd(part, path);
                }
            }
        }

        var checkpoints = new SortedDictionary<long, List<string>>();
        foreach (var ((version, total), files) in parts)
        {
            // A multi-part checkpoint counts only once every part is there; a half-written one is ignored.
            if (files.Count == total && !checkpoints.ContainsKey(version))
            {
                checkpoints[version] = [.. files.Values];
            }
        }

        return new DeltaLogListing(commits, checkpoints);
    }

    public static string CommitFileName(long version) =>
        version.ToString("D20", CultureInfo.InvariantCulture) + ".json";

    private static SortedDictionary<int, string> Part(
        Dictionary<(long, int), SortedDictionary<int, string>> parts, long version, int total)
    {
        if (!parts.TryGetValue((version, total), out var files))
        {
            parts[(version, total)] = files = [];
        }

        return files;
    }

    private static bool TryVersion(ReadOnlySpan<char> digits, out long version)
    {
        version = 0;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out version);
    }

    // ".checkpoint.0000000001.0000000003.parquet"
    private static bool TryMultiPart(ReadOnlySpan<char> rest, out int part, out int total)
    {
        part = total = 0;
        const string Prefix = ".checkpoint.";
        const string Suffix = ".parquet";
        if (rest.Length != Prefix.Length + 10 + 1 + 10 + Suffix.Length
            || !rest.StartsWith(Prefix) || !rest.EndsWith(Suffix) || rest[Prefix.Length + 10] != '.')
        {
            return false;
        }

        return int.TryParse(rest.Slice(Prefix.Length, 10), NumberStyles.None, CultureInfo.InvariantCulture, out part)
            && int.TryParse(rest.Slice(Prefix.Length + 11, 10), NumberStyles.None, CultureInfo.InvariantCulture, out total)
            && part >= 1 && part <= total;
    }
}

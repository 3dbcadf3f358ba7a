using System.Diagnostics;
using System.Globalization;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Harmonize.Identity;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Landing;
using OmicsBridge.Lake.Query;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Writing;

namespace OmicsBridge.Pipeline.Ingest;

/// <summary>
/// Runs an ingest: lands every file by its hash, skips bytes the lake already has, lets the kind's ingester write rows
/// and rejects, records <c>source_file</c> and <c>ingest_run</c>, and commits it all as one lake version — or nothing.
/// </summary>
public sealed class IngestService(LakeStore lake, IEnumerable<ISourceIngester> ingesters)
{
    private readonly Dictionary<string, ISourceIngester> _ingesters =
        ingesters.ToDictionary(i => i.Kind, StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<string> Kinds => _ingesters.Keys;

    /// <summary>Ingests <paramref name="paths"/> as <paramref name="kind"/> (null: detect each file's kind).</summary>
    public IngestReport Run(string? kind, IReadOnlyList<string> paths, IngestOptions options,
        IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var started = lake.Clock.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();
        var files = ExpandPaths(paths);
        var plan = files.Select(f => (Path: f, Ingester: kind is null ? Detect(f) : Ingester(kind))).ToList();
        var runId = NewRunId(started);
        var runKind = kind ?? string.Join('+', plan.Select(p => p.Ingester.Kind).Distinct());

        using var transaction = lake.BeginWrite(runId, $"ingest {runKind}");
        var landing = new LandingZone(lake.Workspace.LandingPath, lake.Workspace.Root, lake.Keys);
        var alreadyIngested = new Dictionary<string, string>(StringComparer.Ordinal);
        var run = OpenRun(transaction, landing, options, progress, alreadyIngested);
        var reports = new List<FileReport>();

        foreach (var (path, ingester) in plan)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The landed copy is read while it is synced to disk, and named once both are done.
            using var pending = landing.Begin(path, cancellationToken);
            var landed = pending.File;
            if (alreadyIngested.TryGetValue(landed.Sha256, out var earlier))
            {
                pending.Complete();
                reports.Add(new FileReport(landed.Name, landed.Sha256, ingester.Kind, landed.Bytes, true,
                    $"same bytes already ingested ({earlier})", 0, 0, 0, "rows", []));
                continue;
            }

            alreadyIngested[landed.Sha256] = $"as {landed.Name} earlier in this run";
            var context = new IngestContext(run, landed, ingester.Kind);
            ingester.Ingest(context, cancellationToken);
            if (context.Read != context.Accepted + context.Rejected)
            {
                throw new InvalidOperationException($"{ingester.Kind} ingester broke reconciliation on {landed.Name}.");
            }

            landed = pending.Complete();
            WriteSourceFile(transaction, landed, ingester.Kind, context, lake.Clock.GetUtcNow());
            reports.Add(new FileReport(landed.Name, landed.Sha256, ingester.Kind, landed.Bytes, false, null,
                context.Read, context.Accepted, context.Rejected, context.Unit, [.. context.Notes, .. run.Patients.Resolver.Conflicts]));
            run.Patients.Resolver.Conflicts.Clear();
        }

        var committed = reports.Where(r => !r.Skipped).ToList();
        if (committed.Count == 0)
        {
            // Nothing new: committing would only add an empty version, so the lake stays as it is.
            return new IngestReport(runId, runKind, null, stopwatch.Elapsed, reports, run.Issues, run.IssueCount);
        }

        WriteRun(transaction, runKind, started, stopwatch.Elapsed, reports, options);
        var version = transaction.Commit();
        return new IngestReport(runId, runKind, version.Version, stopwatch.Elapsed, reports, run.Issues, run.IssueCount);
    }

    /// <summary>The ingester whose kind is <paramref name="kind"/>, or a usage error listing the known kinds.</summary>
    public ISourceIngester Ingester(string kind) =>
        _ingesters.TryGetValue(kind, out var ingester)
            ? ingester
            : throw OmicsBridgeException.Usage($"Unknown source kind '{kind}'. Known kinds: {string.Join(", ", _ingesters.Keys.Order(StringComparer.Ordinal))}.");

    private ISourceIngester Detect(string path)
    {
        Span<byte> head = stackalloc byte[4096];
        int read;
        using (var stream = File.OpenRead(path))
        {
            read = stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        }

        var name = Path.GetFileName(path);
        foreach (var ingester in _ingesters.Values)
        {
            if (ingester.Recognizes(name, head[..read]))
            {
                return ingester;
            }
        }

        throw OmicsBridgeException.Usage(
            $"{path}: cannot tell what kind of file this is; name the kind: omicsbridge ingest <{string.Join('|', _ingesters.Keys.Order(StringComparer.Ordinal))}> {path}");
    }

    private static List<string> ExpandPaths(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            throw OmicsBridgeException.Usage("Give at least one file or folder to ingest.");
        }

        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw OmicsBridgeException.NotFound($"{path}: file not found.");
            }
        }

        return files;
    }

    /// <summary>Loads what the run must know of the lake (crosswalk, samples, assays, ingested file hashes) in one engine.</summary>
    private IngestRunState OpenRun(LakeWriteTransaction transaction, LandingZone landing, IngestOptions options, IProgress<IngestProgress>? progress,
        Dictionary<string, string> ingestedHashes)
    {
        var snapshot = lake.GetSnapshot();
        var crosswalk = new List<(string, string, string)>();
        var samples = new SampleRegistry(transaction);
        if (snapshot.Version is not null)
        {
            using var engine = LakeQueryEngine.Open(snapshot);
            using (var reader = engine.ExecuteReader("SELECT patient_id, system, value FROM patient_identifier"))
            {
                while (reader.Read())
                {
                    crosswalk.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                }
            }

            var known = new List<KnownSample>();
            using (var reader = engine.ExecuteReader(
                "SELECT s.sample_id, s.patient_id, s.source_sha256, coalesce(f.name, s.source_sha256) FROM sample s LEFT JOIN source_file f ON f.sha256 = s.source_sha256"))
            {
                while (reader.Read())
                {
                    known.Add(new KnownSample(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2), reader.GetString(3)));
                }
            }

            var assays = new List<(string, string, string)>();
            using (var reader = engine.ExecuteReader("SELECT assay_id, sample_id, modality FROM assay"))
            {
                while (reader.Read())
                {
                    assays.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
                }
            }

            samples.Load(known, assays);
            using (var reader = engine.ExecuteReader("SELECT sha256, name, run_id FROM source_file"))
            {
                while (reader.Read())
                {
                    ingestedHashes[reader.GetString(0)] = $"as {reader.GetString(1)} in run {reader.GetString(2)}";
                }
            }
        }

        var resolver = new IdentityResolver(lake.Workspace.Settings.Identity, IdentityKey.LoadOrCreate(lake.Keys, lake.Workspace.KeysPath), crosswalk);
        return new IngestRunState(lake.Workspace, landing, transaction, new PatientRegistry(resolver, transaction), samples, options, progress);
    }

    private static void WriteSourceFile(LakeWriteTransaction transaction, LandedFile file, string kind, IngestContext context, DateTimeOffset now) =>
        transaction.Table(SourceFileTable.Schema).NewRow()
            .AppendValue(file.Sha256)
            .AppendValue(file.Name)
            .AppendValue(kind)
            .AppendValue(file.Bytes)
            .AppendValue(transaction.RunId)
            .AppendValue(file.RelativeLandingPath)
            .AppendValue(context.Read)
            .AppendValue(context.Accepted)
            .AppendValue(context.Rejected)
            .AppendValue(now)
            .EndRow();

    private void WriteRun(LakeWriteTransaction transaction, string kind, DateTimeOffset started, TimeSpan duration,
        List<FileReport> reports, IngestOptions options)
    {
        var committed = reports.Where(r => !r.Skipped).ToList();
        var rejected = committed.Sum(r => r.Rejected);
        transaction.Table(IngestRunTable.Schema).NewRow()
            .AppendValue(transaction.RunId)
            .AppendValue(kind)
            .AppendValue(rejected > 0 ? "succeeded_with_rejects" : "succeeded")
            .AppendValue(started)
            .AppendValue(lake.Clock.GetUtcNow())
            .AppendValue((long)duration.TotalMilliseconds)
            .AppendValue(committed.Count)
            .AppendValue(reports.Count - committed.Count)
            .AppendValue(committed.Sum(r => r.Read))
            .AppendValue(committed.Sum(r => r.Accepted))
            .AppendValue(rejected)
            .AppendValue(options.UserName)
            .AppendValue(options.Command)
            .EndRow();
    }

    private static string NewRunId(DateTimeOffset started) =>
        string.Create(CultureInfo.InvariantCulture, $"run-{started.UtcDateTime:yyyyMMdd'T'HHmmss}-{Guid.NewGuid().ToString("N")[..8]}");
}

using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Fhir;

/// <summary>
/// Reads FHIR R4 JSON into Core clinical records: a single resource, a Bundle (collection, transaction, batch,
/// searchset, document, transaction-response…), or NDJSON bulk-export files (<c>.ndjson</c>, <c>.ndjson.gz</c>, or a
/// directory of them), which are streamed line by line.
/// </summary>
/// <remarks>
/// Parsing uses Firely's POCO deserializer in recoverable mode: unknown elements and similar slips become FHIR007
/// warnings instead of failures. Problems are collected in <see cref="Issues"/> as coded <see cref="ParseIssue"/>s
/// (FHIR0xx, docs/formats/fhir.md); <c>Line</c> is the NDJSON line (1 for a JSON document) and <c>Field</c> the path,
/// e.g. <c>entry[3].resource.subject</c>. References are tracked by <see cref="Resolver"/>; share one resolver across
/// the files of a run and call <see cref="CompleteReferences"/> at the end to report dangling ones. Not thread-safe.
/// </remarks>
public sealed class FhirResourceReader
{
    // Strict mode with TryDeserialize does not throw: it returns the partial POCO (unknown elements kept as overflow)
    // plus every issue, which become FHIR007 warnings. Recoverable mode would silently drop the same issues.
    private static readonly FhirJsonDeserializer s_deserializer =
        new(new DeserializerSettings().UsingMode(DeserializationMode.Strict));

    private static readonly HashSet<string> s_expectedBundleTypes = new(StringComparer.Ordinal)
    {
        "collection", "transaction", "batch", "searchset", "document", "transaction-response", "batch-response", "history",
    };

    private readonly List<ParseIssue> _issues = [];

    public FhirResourceReader(FhirReferenceResolver? resolver = null)
    {
        Resolver = resolver ?? new FhirReferenceResolver();
    }

    public FhirReferenceResolver Resolver { get; }

    /// <summary>
    /// Read Patient, Observation, Condition, MedicationRequest and Encounter with the hand-written
    /// <see cref="Utf8JsonReader"/> path (FhirFastPath) and only fall back to Firely for what it does not handle.
    /// On by default; off gives the all-Firely path (and its FHIR007 findings inside elements the mapper skips).
    /// </summary>
    public bool UseFastPath { get; init; } = true;

    public IReadOnlyList<ParseIssue> Issues => _issues;

    public FhirReadCounts Counts { get; } = new();

    /// <summary>Reads a file or every <c>.ndjson</c>, <c>.ndjson.gz</c> and <c>.json</c> file of a directory (sorted by name).</summary>
    public IEnumerable<ClinicalRecord> ReadPath(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!Directory.Exists(path))
        {
            return ReadFile(path);
        }

        var files = Directory.EnumerateFiles(path)
            .Where(f => IsNdjsonName(f) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        return files.SelectMany(ReadFile);
    }

    /// <summary>Reads one file; <c>.gz</c> is decompressed on the fly and <c>.ndjson</c>/<c>.jsonl</c> names are read as NDJSON.</summary>
    /// <remarks>The file is opened when enumeration starts and closed when it ends.</remarks>
    public IEnumerable<ClinicalRecord> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return ReadFileCore(path);
    }

    private IEnumerable<ClinicalRecord> ReadFileCore(string path)
    {
        var name = Path.GetFileName(path);
        if (!TryOpen(path, name, out var stream))
        {
            yield break;
        }

        var records = IsNdjsonName(path) ? ReadNdjsonCore(stream, name) : ReadJson(stream, name);
        foreach (var record in records)
        {
            yield return record;
        }
    }

    private bool TryOpen(string path, string name, out Stream stream)
    {
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stream = Stream.Null;
            _issues.Add(FhirIssues.Create(FhirIssues.UnreadableFile, IssueSeverity.Fatal, name, 0, null, "file cannot be opened", e.Message));
            return false;
        }
    }

    /// <summary>Reads one JSON document (a resource or a Bundle). The stream is disposed when enumeration ends.</summary>
    public IEnumerable<ClinicalRecord> ReadJson(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var buffer = new List<ClinicalRecord>();
        using (stream)
        {
            // A Bundle is one JSON object, so the document is read whole; NDJSON is the streaming form.
            if (TryReadAll(stream, fileName, out var bytes))
            {
                ProcessDocument(StripBom(bytes), fileName, 1, buffer);
            }
        }

        return buffer;
    }

    /// <summary>Reads NDJSON, one resource per line, streaming. The stream is disposed when enumeration ends.</summary>
    public IEnumerable<ClinicalRecord> ReadNdjson(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadNdjsonCore(stream, fileName);
    }

    /// <summary>Adds a FHIR005 issue for every reference whose target never arrived, and returns them.</summary>
    public IReadOnlyList<ParseIssue> CompleteReferences()
    {
        var dangling = Resolver.Complete();
        _issues.AddRange(dangling);
        return dangling;
    }

    private static bool IsNdjsonName(string path)
    {
        var name = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        return name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);
    }

    private static ReadOnlySpan<byte> StripBom(ReadOnlySpan<byte> bytes)
        => bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;

    private IEnumerable<ClinicalRecord> ReadNdjsonCore(Stream stream, string fileName)
    {
        using (stream)
        using (var lines = new NdjsonLineReader(stream))
        {
            var buffer = new List<ClinicalRecord>();
            while (TryReadLine(lines, fileName, out var line))
            {
                if (line.Span.Trim(" \t"u8).IsEmpty)
                {
                    continue;
                }

                ProcessDocument(line.Span, fileName, lines.LineNumber, buffer);
                foreach (var record in buffer)
                {
                    yield return record;
                }

                buffer.Clear();
            }
        }
    }

    private bool TryReadLine(NdjsonLineReader lines, string fileName, out ReadOnlyMemory<byte> line)
    {
        try
        {
            return lines.TryReadLine(out line);
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            line = default;
            _issues.Add(FhirIssues.Create(FhirIssues.UnreadableFile, IssueSeverity.Fatal, fileName, lines.LineNumber + 1, null, "file cannot be read past this line (truncated or corrupt compression?)", e.Message));
            return false;
        }
    }

    private bool TryReadAll(Stream stream, string fileName, out byte[] bytes)
    {
        try
        {
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            bytes = memory.ToArray();
            return true;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            bytes = [];
            _issues.Add(FhirIssues.Create(FhirIssues.UnreadableFile, IssueSeverity.Fatal, fileName, 0, null, "file cannot be read (truncated or corrupt compression?)", e.Message));
            return false;
        }
    }

    /// <summary>Parses one JSON document (a file or an NDJSON line) and maps what it holds into <paramref name="output"/>.</summary>
    private void ProcessDocument(ReadOnlySpan<byte> json, string file, long line, List<ClinicalRecord> output)
    {
        Resource? resource;
        IEnumerable<Hl7.Fhir.Utility.CodedException> firelyIssues = [];
        if (UseFastPath && FhirFastPath.TryRead(json, out resource))
        {
            Register(resource!, null, null);
            ProcessResource(resource!, null, file, line, null, string.Empty, null, output);
            return;
        }

        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
            s_deserializer.TryDeserializeResource(ref reader, out resource, out firelyIssues);
        }
        catch (JsonException)
        {
            resource = null;
            firelyIssues = [];
        }

        if (resource is null or DynamicResource)
        {
            Counts.Unreadable++;
            _issues.Add(Classify(json, file, line, firelyIssues));
            return;
        }

        foreach (var issue in firelyIssues)
        {
            _issues.Add(FhirIssues.Create(
                FhirIssues.StructureIssue,
                IssueSeverity.Warning,
                file,
                line,
                null,
                $"resource does not conform to FHIR R4 JSON ({issue.ErrorCode}); the data was kept",
                issue.Message));
        }

        if (resource is Bundle bundle)
        {
            ProcessBundle(bundle, file, line, string.Empty, output);
        }
        else
        {
            Register(resource, null, null);
            ProcessResource(resource, null, file, line, null, string.Empty, null, output);
        }
    }

    private void ProcessBundle(Bundle bundle, string file, long line, string prefix, List<ClinicalRecord> output)
    {
        var type = bundle.TypeElement?.JsonValue as string;
        if (type is null || !s_expectedBundleTypes.Contains(type))
        {
            _issues.Add(FhirIssues.Create(FhirIssues.UnexpectedBundleType, IssueSeverity.Warning, file, line, prefix + "type", "Bundle type is missing or not one of the types this reader expects; entries are read anyway", type));
        }

        // Pass 1 names every entry, so references between entries resolve whatever their order.
        var local = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in bundle.Entry)
        {
            if (entry.Resource is { } resource and not Bundle)
            {
                var key = Register(resource, entry.FullUrl, null);
                if (key is not null && !string.IsNullOrEmpty(entry.FullUrl))
                {
                    local[entry.FullUrl] = key;
                }
            }
        }

        for (var i = 0; i < bundle.Entry.Count; i++)
        {
            var entry = bundle.Entry[i];
            var entryPrefix = string.Create(CultureInfo.InvariantCulture, $"{prefix}entry[{i}].");
            switch (entry.Resource)
            {
                case null when IsRequestOnly(entry):
                    break;
                case null:
                    _issues.Add(FhirIssues.Create(FhirIssues.EntryWithoutResource, IssueSeverity.Error, file, line, entryPrefix + "resource", "Bundle entry has no resource and is not a request that needs none (DELETE, GET) or a response"));
                    break;
                case Bundle nested:
                    ProcessBundle(nested, file, line, entryPrefix + "resource.", output);
                    break;
                default:
                    ProcessResource(entry.Resource, entry.FullUrl, file, line, i, entryPrefix + "resource.", local, output);
                    break;
            }
        }
    }

    private static bool IsRequestOnly(Bundle.EntryComponent entry)
    {
        if (entry.Response is not null)
        {
            return true;
        }

        var method = entry.Request?.MethodElement?.JsonValue as string;
        return method is "DELETE" or "GET" or "HEAD";
    }

    private string? Register(Resource resource, string? fullUrl, string? fallback)
    {
        var key = FhirReferences.KeyOf(resource.TypeName, resource.Id, fullUrl) ?? fallback;
        if (key is not null)
        {
            Resolver.Register(key);
        }

        return key;
    }

    private void ProcessResource(
        Resource resource,
        string? fullUrl,
        string file,
        long line,
        int? entryIndex,
        string prefix,
        IReadOnlyDictionary<string, string>? local,
        List<ClinicalRecord> output)
    {
        Counts.Resources++;
        if (!FhirRecordMapper.IsMapped(resource.TypeName))
        {
            Counts.Skipped++;
            return;
        }

        var id = FhirReferences.IdOf(resource.Id, fullUrl);
        if (id is null)
        {
            Counts.Rejected++;
            _issues.Add(FhirIssues.Create(FhirIssues.MissingId, IssueSeverity.Error, file, line, prefix + "id", $"{resource.TypeName} has no id (and no fullUrl to name it), so rows cannot refer to it"));
            return;
        }

        var context = new FhirMappingContext(file, line, entryIndex, prefix, local, Resolver, _issues);
        var record = FhirRecordMapper.Map(resource, id, context);
        if (record is null)
        {
            Counts.Rejected++;
            return;
        }

        Counts.Records++;
        output.Add(record);
    }

    /// <summary>Explains why a document did not parse: invalid JSON, no or an unknown resourceType, or a structure Firely refused.</summary>
    private static ParseIssue Classify(ReadOnlySpan<byte> json, string file, long line, IEnumerable<Hl7.Fhir.Utility.CodedException> firelyIssues)
    {
        string? resourceType = null;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return FhirIssues.Create(FhirIssues.InvalidJson, IssueSeverity.Error, file, line, null, "document is not a JSON object");
            }

            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("resourceType"u8))
                {
                    reader.Read();
                    resourceType = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }
            }
        }
        catch (JsonException e)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"JSON syntax error at line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}");
            return FhirIssues.Create(FhirIssues.InvalidJson, IssueSeverity.Error, file, line, null, where);
        }

        if (resourceType is null)
        {
            return FhirIssues.Create(FhirIssues.UnknownResourceType, IssueSeverity.Error, file, line, "resourceType", "JSON object has no resourceType string, so it is not a FHIR resource");
        }

        if (!ModelInfo.IsKnownResource(resourceType))
        {
            return FhirIssues.Create(FhirIssues.UnknownResourceType, IssueSeverity.Error, file, line, "resourceType", "resourceType is not a FHIR R4 resource type", resourceType);
        }

        var detail = string.Join("; ", firelyIssues.Select(i => i.Message));
        return FhirIssues.Create(FhirIssues.StructureIssue, IssueSeverity.Error, file, line, null, "resource could not be read as FHIR R4", detail);
    }
}

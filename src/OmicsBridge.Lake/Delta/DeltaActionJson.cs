using System.Globalization;
using System.Text.Json;

namespace OmicsBridge.Lake.Delta;

/// <summary>Reads and writes actions as the protocol's JSON (one object per action, keyed by the action name).</summary>
internal static class DeltaActionJson
{
    /// <summary>
    /// Parses one action object. Returns null for actions a snapshot does not need (cdc, domainMetadata, ...), and for
    /// checkpoint rows where every action column is null. Throws <see cref="FormatException"/> on a malformed action.
    /// </summary>
    public static DeltaAction? Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("an action must be a JSON object");
        }

        // A checkpoint row carries every action column, all but one null; a commit line carries exactly one.
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            var action = property.Name switch
            {
                "add" => ParseAdd(property.Value),
                "remove" => ParseRemove(property.Value),
                "metaData" => ParseMetadata(property.Value),
                "protocol" => ParseProtocol(property.Value),
                "commitInfo" => ParseCommitInfo(property.Value),
                "txn" => ParseTransaction(property.Value),
                _ => (DeltaAction?)null,
            };
            if (action is not null)
            {
                return action;
            }
        }

        return null;
    }

    public static void Write(Utf8JsonWriter writer, DeltaAction action)
    {
        writer.WriteStartObject();
        switch (action)
        {
            case DeltaCommitInfo commitInfo:
                writer.WriteStartObject("commitInfo");
                foreach (var (key, value) in commitInfo.Values)
                {
                    writer.WritePropertyName(key);
                    value.WriteTo(writer);
                }

                writer.WriteEndObject();
                break;
            case DeltaProtocol protocol:
                writer.WriteStartObject("protocol");
                writer.WriteNumber("minReaderVersion", protocol.MinReaderVersion);
                writer.WriteNumber("minWriterVersion", protocol.MinWriterVersion);
                WriteStrings(writer, "readerFeatures", protocol.ReaderFeatures);
                WriteStrings(writer, "writerFeatures", protocol.WriterFeatures);
                writer.WriteEndObject();
                break;
            case DeltaMetadata metadata:
                writer.WriteStartObject("metaData");
                writer.WriteString("id", metadata.Id);
                if (metadata.Name is not null)
                {
                    writer.WriteString("name", metadata.Name);
                }

                if (metadata.Description is not null)
                {
                    writer.WriteString("description", metadata.Description);
                }

                writer.WriteStartObject("format");
                writer.WriteString("provider", metadata.FormatProvider);
                writer.WriteStartObject("options");
                writer.WriteEndObject();
                writer.WriteEndObject();
                writer.WriteString("schemaString", metadata.SchemaString);
                WriteStrings(writer, "partitionColumns", metadata.PartitionColumns);
                writer.WriteStartObject("configuration");
                foreach (var (key, value) in metadata.Configuration)
                {
                    writer.WriteString(key, value);
                }

                writer.WriteEndObject();
                if (metadata.CreatedTime is { } created)
                {
                    writer.WriteNumber("createdTime", created);
                }

                writer.WriteEndObject();
                break;
            case DeltaAddFile add:
                writer.WriteStartObject("add");
                writer.WriteString("path", add.Path);
                WriteMap(writer, "partitionValues", add.PartitionValues);
                writer.WriteNumber("size", add.Size);
                writer.WriteNumber("modificationTime", add.ModificationTime);
                writer.WriteBoolean("dataChange", add.DataChange);
                if (add.Stats is not null)
                {
                    writer.WriteString("stats", add.Stats);
                }

                if (add.Tags is not null)
                {
                    WriteMap(writer, "tags", add.Tags);
                }

                WriteDeletionVector(writer, add.DeletionVector);
                WriteOptional(writer, "baseRowId", add.BaseRowId);
                WriteOptional(writer, "defaultRowCommitVersion", add.DefaultRowCommitVersion);
                writer.WriteEndObject();
                break;
            case DeltaRemoveFile remove:
                writer.WriteStartObject("remove");
                writer.WriteString("path", remove.Path);
                WriteOptional(writer, "deletionTimestamp", remove.DeletionTimestamp);
                writer.WriteBoolean("dataChange", remove.DataChange);
                if (remove.ExtendedFileMetadata is { } extended)
                {
                    writer.WriteBoolean("extendedFileMetadata", extended);
                }

                if (remove.PartitionValues is not null)
                {
                    WriteMap(writer, "partitionValues", remove.PartitionValues);
                }

                WriteOptional(writer, "size", remove.Size);
                if (remove.Tags is not null)
                {
                    WriteMap(writer, "tags", remove.Tags);
                }

                WriteDeletionVector(writer, remove.DeletionVector);
                writer.WriteEndObject();
                break;
            case DeltaTransaction txn:
                writer.WriteStartObject("txn");
                writer.WriteString("appId", txn.AppId);
                writer.WriteNumber("version", txn.Version);
                WriteOptional(writer, "lastUpdated", txn.LastUpdated);
                writer.WriteEndObject();
                break;
            default:
                throw new ArgumentException($"Unknown Delta action type {action.GetType().Name}.", nameof(action));
        }

        writer.WriteEndObject();
    }

    private static DeltaAddFile ParseAdd(JsonElement e) => new(
        RequiredString(e, "path"),
        Map(e, "partitionValues") ?? new Dictionary<string, string?>(),
        OptionalLong(e, "size") ?? throw Missing("add", "size"),
        OptionalLong(e, "modificationTime") ?? 0,
        OptionalBool(e, "dataChange") ?? true,
        OptionalString(e, "stats"),
        DeletionVector(e),
        Map(e, "tags"),
        OptionalLong(e, "baseRowId"),
        OptionalLong(e, "defaultRowCommitVersion"));

    private static DeltaRemoveFile ParseRemove(JsonElement e) => new(
        RequiredString(e, "path"),
        OptionalLong(e, "deletionTimestamp"),
        OptionalBool(e, "dataChange") ?? true,
        OptionalBool(e, "extendedFileMetadata"),
        Map(e, "partitionValues"),
        OptionalLong(e, "size"),
        DeletionVector(e),
        Map(e, "tags"));

    private static DeltaMetadata ParseMetadata(JsonElement e)
    {
        var configuration = Map(e, "configuration") ?? new Dictionary<string, string?>();
        var provider = e.TryGetProperty("format", out var format) && format.ValueKind == JsonValueKind.Object
            ? OptionalString(format, "provider") ?? "parquet"
            : "parquet";
        return new DeltaMetadata(
            RequiredString(e, "id"),
            RequiredString(e, "schemaString"),
            Strings(e, "partitionColumns") ?? [],
            configuration.Where(kv => kv.Value is not null).ToDictionary(kv => kv.Key, kv => kv.Value!, StringComparer.Ordinal),
            OptionalLong(e, "createdTime"),
            OptionalString(e, "name"),
            OptionalString(e, "description"),
            provider);
    }

    private static DeltaProtocol ParseProtocol(JsonElement e) => new(
        (int)(OptionalLong(e, "minReaderVersion") ?? throw Missing("protocol", "minReaderVersion")),
        (int)(OptionalLong(e, "minWriterVersion") ?? throw Missing("protocol", "minWriterVersion")),
        Strings(e, "readerFeatures"),
        Strings(e, "writerFeatures"));

    private static DeltaCommitInfo ParseCommitInfo(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("commitInfo must be an object");
        }

        var values = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in e.EnumerateObject())
        {
            values[property.Name] = property.Value.Clone();
        }

        return new DeltaCommitInfo(values);
    }

    private static DeltaTransaction ParseTransaction(JsonElement e) => new(
        RequiredString(e, "appId"),
        OptionalLong(e, "version") ?? throw Missing("txn", "version"),
        OptionalLong(e, "lastUpdated"));

    private static DeltaDeletionVector? DeletionVector(JsonElement e)
    {
        if (!e.TryGetProperty("deletionVector", out var dv) || dv.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return new DeltaDeletionVector(
            RequiredString(dv, "storageType"),
            RequiredString(dv, "pathOrInlineDv"),
            (int?)OptionalLong(dv, "offset"),
            (int)(OptionalLong(dv, "sizeInBytes") ?? throw Missing("deletionVector", "sizeInBytes")),
            OptionalLong(dv, "cardinality") ?? throw Missing("deletionVector", "cardinality"),
            OptionalLong(dv, "maxRowIndex"));
    }

    private static FormatException Missing(string action, string field) => new($"{action} has no \"{field}\"");

    private static string RequiredString(JsonElement e, string name) =>
        OptionalString(e, name) ?? throw new FormatException($"missing string \"{name}\"");

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? v.ValueKind == JsonValueKind.String ? v.GetString() : throw new FormatException($"\"{name}\" must be a string")
            : null;

    private static long? OptionalLong(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        // Some writers quote numbers; accept both.
        if (v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n))
        {
            return n;
        }

        if (v.ValueKind == JsonValueKind.String
            && long.TryParse(v.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out n))
        {
            return n;
        }

        throw new FormatException($"\"{name}\" must be an integer");
    }

    private static bool? OptionalBool(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.Null => null,
            _ => throw new FormatException($"\"{name}\" must be a boolean"),
        } : null;

    private static List<string>? Strings(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            throw new FormatException($"\"{name}\" must be an array");
        }

        return v.EnumerateArray().Select(x => x.GetString() ?? throw new FormatException($"\"{name}\" holds a null")).ToList();
    }

    private static Dictionary<string, string?>? Map(JsonElement e, string name)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException($"\"{name}\" must be an object");
        }

        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var property in v.EnumerateObject())
        {
            map[property.Name] = property.Value.ValueKind switch
            {
                JsonValueKind.Null => null,
                JsonValueKind.String => property.Value.GetString(),
                _ => property.Value.GetRawText(),
            };
        }

        return map;
    }

    private static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    private static void WriteMap(Utf8JsonWriter writer, string name, IReadOnlyDictionary<string, string?> map)
    {
        writer.WriteStartObject(name);
        foreach (var (key, value) in map)
        {
            if (value is null)
            {
                writer.WriteNull(key);
            }
            else
            {
                writer.WriteString(key, value);
            }
        }

        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, long? value)
    {
        if (value is { } v)
        {
            writer.WriteNumber(name, v);
        }
    }

    private static void WriteDeletionVector(Utf8JsonWriter writer, DeltaDeletionVector? dv)
    {
        if (dv is null)
        {
            return;
        }

        writer.WriteStartObject("deletionVector");
        writer.WriteString("storageType", dv.StorageType);
        writer.WriteString("pathOrInlineDv", dv.PathOrInlineDv);
        if (dv.Offset is { } offset)
        {
            writer.WriteNumber("offset", offset);
        }

        writer.WriteNumber("sizeInBytes", dv.SizeInBytes);
        writer.WriteNumber("cardinality", dv.Cardinality);
        WriteOptional(writer, "maxRowIndex", dv.MaxRowIndex);
        writer.WriteEndObject();
    }
}

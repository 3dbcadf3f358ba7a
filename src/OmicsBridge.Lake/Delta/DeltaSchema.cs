using System.Text;
using System.Text.Json;

namespace OmicsBridge.Lake.Delta;

/// <summary>A table schema: the parsed <c>schemaString</c> of the metaData action (a Spark struct type in JSON).</summary>
public sealed record DeltaSchema(IReadOnlyList<DeltaField> Fields)
{
    /// <summary>The field named <paramref name="name"/> (case-insensitive, as Delta column names are), or null.</summary>
    public DeltaField? Find(string name) =>
        Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The schema as the protocol's JSON struct type.</summary>
    public string ToJson()
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteStruct(writer, Fields);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Parses a <c>schemaString</c>; throws InvalidInput naming what is wrong.</summary>
    public static DeltaSchema Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("type", out var type) || type.GetString() != "struct")
            {
                throw DeltaType.Invalid("the schema must be a struct type");
            }

            return new DeltaSchema(ParseFields(root));
        }
        catch (JsonException ex)
        {
            throw OmicsBridge.Core.Diagnostics.OmicsBridgeException.InvalidInput(
                $"Delta schema is not valid JSON: {ex.Message}", inner: ex);
        }
    }

    internal static List<DeltaField> ParseFields(JsonElement structElement)
    {
        var fields = new List<DeltaField>();
        foreach (var field in DeltaType.Required(structElement, "fields").EnumerateArray())
        {
            var name = DeltaType.Required(field, "name").GetString() ?? throw DeltaType.Invalid("a field has no name");
            var type = DeltaType.Parse(DeltaType.Required(field, "type"));
            var nullable = !field.TryGetProperty("nullable", out var n) || n.ValueKind != JsonValueKind.False;
            Dictionary<string, JsonElement>? metadata = null;
            if (field.TryGetProperty("metadata", out var m) && m.ValueKind == JsonValueKind.Object)
            {
                metadata = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
                foreach (var property in m.EnumerateObject())
                {
                    metadata[property.Name] = property.Value.Clone();
                }
            }

            fields.Add(new DeltaField(name, type, nullable, metadata));
        }

        return fields;
    }

    internal static void WriteStruct(Utf8JsonWriter writer, IReadOnlyList<DeltaField> fields)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "struct");
        writer.WriteStartArray("fields");
        foreach (var field in fields)
        {
            writer.WriteStartObject();
            writer.WriteString("name", field.Name);
            writer.WritePropertyName("type");
            field.Type.WriteJson(writer);
            writer.WriteBoolean("nullable", field.Nullable);
            writer.WriteStartObject("metadata");
            foreach (var (key, value) in field.Metadata ?? new Dictionary<string, JsonElement>())
            {
                writer.WritePropertyName(key);
                value.WriteTo(writer);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}

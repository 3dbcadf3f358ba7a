using System.Globalization;
using System.Text;
using System.Text.Json;

namespace OmicsBridge.Lake.Delta;

/// <summary>Per-file column statistics, serialised into the <c>stats</c> string of an add action.</summary>
/// <remarks>
/// Values may be <see cref="string"/>, <see cref="bool"/>, integers, <see cref="double"/>/<see cref="float"/>,
/// <see cref="decimal"/>, <see cref="DateOnly"/> (written <c>yyyy-MM-dd</c>), <see cref="DateTime"/> or
/// <see cref="DateTimeOffset"/> (written as UTC ISO-8601 with milliseconds, as Spark does), or a nested
/// <c>IReadOnlyDictionary&lt;string, object?&gt;</c> for struct columns. Readers use the stats for pruning only, so a
/// column may be left out.
/// </remarks>
public sealed record DeltaFileStats(
    long NumRecords,
    IReadOnlyDictionary<string, object?> MinValues,
    IReadOnlyDictionary<string, object?> MaxValues,
    IReadOnlyDictionary<string, long> NullCount)
{
    public string ToJson()
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("numRecords", NumRecords);
            writer.WritePropertyName("minValues");
            WriteValues(writer, MinValues);
            writer.WritePropertyName("maxValues");
            WriteValues(writer, MaxValues);
            writer.WriteStartObject("nullCount");
            foreach (var (name, count) in NullCount)
            {
                writer.WriteNumber(name, count);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Parses an add's <c>stats</c> string. Numbers come back as <see cref="long"/> when integral, else
    /// <see cref="double"/>; dates and timestamps stay strings (their type is the column's); structs are nested
    /// dictionaries. Returns null for a missing or unreadable string, since stats only ever serve pruning.
    /// </summary>
    public static DeltaFileStats? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (!root.TryGetProperty("numRecords", out var numRecords) || !numRecords.TryGetInt64(out var rows))
            {
                return null;
            }

            var nullCount = new Dictionary<string, long>(StringComparer.Ordinal);
            if (root.TryGetProperty("nullCount", out var counts) && counts.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in counts.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt64(out var count))
                    {
                        nullCount[property.Name] = count;
                    }
                }
            }

            return new DeltaFileStats(rows, ReadValues(root, "minValues"), ReadValues(root, "maxValues"), nullCount);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Dictionary<string, object?> ReadValues(JsonElement root, string name)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                values[property.Name] = ReadValue(property.Value);
            }
        }

        return values;
    }

    private static object? ReadValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var l) ? l : (object)value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => ReadValue(p.Value), StringComparer.Ordinal),
        _ => null,
    };

    private static void WriteValues(Utf8JsonWriter writer, IReadOnlyDictionary<string, object?> values)
    {
        writer.WriteStartObject();
        foreach (var (name, value) in values)
        {
            writer.WritePropertyName(name);
            WriteValue(writer, value);
        }

        writer.WriteEndObject();
    }

    private static void WriteValue(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case long l: writer.WriteNumberValue(l); break;
            case int i: writer.WriteNumberValue(i); break;
            case short sh: writer.WriteNumberValue(sh); break;
            case sbyte sb: writer.WriteNumberValue(sb); break;
            case byte by: writer.WriteNumberValue(by); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case float f when float.IsFinite(f): writer.WriteNumberValue(f); break;
            case double or float: writer.WriteNullValue(); break; // JSON has no NaN/Infinity; a missing bound is allowed.
            case DateOnly date: writer.WriteStringValue(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
            case DateTime dt:
                writer.WriteStringValue(dt.ToString("yyyy-MM-dd'T'HH:mm:ss.fff", CultureInfo.InvariantCulture)
                    + (dt.Kind == DateTimeKind.Unspecified ? string.Empty : "Z"));
                break;
            case DateTimeOffset dto:
                writer.WriteStringValue(dto.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
                break;
            case IReadOnlyDictionary<string, object?> nested: WriteValues(writer, nested); break;
            default:
                throw new ArgumentException($"Stats value of type {value.GetType().Name} cannot be written.", nameof(value));
        }
    }
}

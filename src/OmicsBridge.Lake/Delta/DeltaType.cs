using System.Globalization;
using System.Text.Json;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Lake.Delta;

/// <summary>A Delta schema type: a primitive, a decimal, or a struct, array or map of further types.</summary>
public abstract record DeltaType
{
    /// <summary>The DuckDB type name this type reads as, e.g. <c>BIGINT</c>, <c>DECIMAL(10,2)</c>, <c>STRUCT("a" INTEGER)</c>.</summary>
    public abstract string ToDuckDbType();

    internal abstract void WriteJson(Utf8JsonWriter writer);

    internal static DeltaType Parse(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            var name = element.GetString()!;
            return name.StartsWith("decimal", StringComparison.Ordinal)
                ? DeltaDecimalType.ParseName(name)
                : DeltaPrimitiveType.FromName(name);
        }

        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("type", out var kind))
        {
            throw Invalid("a type must be a name or an object with \"type\"");
        }

        return kind.GetString() switch
        {
            "struct" => new DeltaStructType(DeltaSchema.ParseFields(element)),
            "array" => new DeltaArrayType(
                Parse(Required(element, "elementType")),
                !element.TryGetProperty("containsNull", out var cn) || cn.ValueKind != JsonValueKind.False),
            "map" => new DeltaMapType(
                Parse(Required(element, "keyType")),
                Parse(Required(element, "valueType")),
                !element.TryGetProperty("valueContainsNull", out var vn) || vn.ValueKind != JsonValueKind.False),
            var other => throw Invalid(string.Create(CultureInfo.InvariantCulture, $"unknown complex type '{other}'")),
        };
    }

    internal static JsonElement Required(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value : throw Invalid($"missing \"{name}\"");

    internal static OmicsBridgeException Invalid(string message) =>
        OmicsBridgeException.InvalidInput($"Delta schema is invalid: {message}.");
}

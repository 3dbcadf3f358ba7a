using System.Text.Json;

namespace OmicsBridge.Lake.Delta;

/// <summary>A Delta <c>map</c> from <see cref="KeyType"/> to <see cref="ValueType"/>.</summary>
public sealed record DeltaMapType(DeltaType KeyType, DeltaType ValueType, bool ValueContainsNull) : DeltaType
{
    public override string ToDuckDbType() => $"MAP({KeyType.ToDuckDbType()}, {ValueType.ToDuckDbType()})";

    internal override void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "map");
        writer.WritePropertyName("keyType");
        KeyType.WriteJson(writer);
        writer.WritePropertyName("valueType");
        ValueType.WriteJson(writer);
        writer.WriteBoolean("valueContainsNull", ValueContainsNull);
        writer.WriteEndObject();
    }
}

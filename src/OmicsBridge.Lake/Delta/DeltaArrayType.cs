using System.Text.Json;

namespace OmicsBridge.Lake.Delta;

/// <summary>A Delta <c>array</c> of <see cref="ElementType"/>.</summary>
public sealed record DeltaArrayType(DeltaType ElementType, bool ContainsNull) : DeltaType
{
    public override string ToDuckDbType() => ElementType.ToDuckDbType() + "[]";

    internal override void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", "array");
        writer.WritePropertyName("elementType");
        ElementType.WriteJson(writer);
        writer.WriteBoolean("containsNull", ContainsNull);
        writer.WriteEndObject();
    }
}

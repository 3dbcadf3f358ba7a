using System.Text.Json;

namespace OmicsBridge.Lake.Delta;

/// <summary>A nested Delta <c>struct</c>: named, typed fields.</summary>
public sealed record DeltaStructType(IReadOnlyList<DeltaField> Fields) : DeltaType
{
    public override string ToDuckDbType() =>
        "STRUCT(" + string.Join(", ", Fields.Select(f => DeltaSql.Identifier(f.Name) + " " + f.Type.ToDuckDbType())) + ")";

    internal override void WriteJson(Utf8JsonWriter writer) => DeltaSchema.WriteStruct(writer, Fields);
}

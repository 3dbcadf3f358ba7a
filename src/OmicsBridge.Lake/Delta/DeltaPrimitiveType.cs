using System.Text.Json;

namespace OmicsBridge.Lake.Delta;

/// <summary>A primitive Delta type (<c>string</c>, <c>long</c>, <c>integer</c>, ... <c>timestamp_ntz</c>); decimals are <see cref="DeltaDecimalType"/>.</summary>
/// <remarks>
/// <c>timestamp</c> is an instant (UTC-adjusted) and reads as <c>TIMESTAMPTZ</c>; <c>timestamp_ntz</c> is a wall-clock
/// time and reads as <c>TIMESTAMP</c>.
/// </remarks>
public sealed record DeltaPrimitiveType : DeltaType
{
    private static readonly Dictionary<string, string> s_duckDbNames = new(StringComparer.Ordinal)
    {
        ["string"] = "VARCHAR",
        ["long"] = "BIGINT",
        ["integer"] = "INTEGER",
        ["short"] = "SMALLINT",
        ["byte"] = "TINYINT",
        ["float"] = "FLOAT",
        ["double"] = "DOUBLE",
        ["boolean"] = "BOOLEAN",
        ["binary"] = "BLOB",
        ["date"] = "DATE",
        ["timestamp"] = "TIMESTAMPTZ",
        ["timestamp_ntz"] = "TIMESTAMP",
    };

    private DeltaPrimitiveType(string name) => Name = name;

    public static DeltaPrimitiveType StringType { get; } = new("string");
    public static DeltaPrimitiveType LongType { get; } = new("long");
    public static DeltaPrimitiveType IntegerType { get; } = new("integer");
    public static DeltaPrimitiveType ShortType { get; } = new("short");
    public static DeltaPrimitiveType ByteType { get; } = new("byte");
    public static DeltaPrimitiveType FloatType { get; } = new("float");
    public static DeltaPrimitiveType DoubleType { get; } = new("double");
    public static DeltaPrimitiveType BooleanType { get; } = new("boolean");
    public static DeltaPrimitiveType BinaryType { get; } = new("binary");
    public static DeltaPrimitiveType DateType { get; } = new("date");
    public static DeltaPrimitiveType TimestampType { get; } = new("timestamp");
    public static DeltaPrimitiveType TimestampNtzType { get; } = new("timestamp_ntz");

    /// <summary>The protocol's name of the type, e.g. <c>integer</c>.</summary>
    public string Name { get; }

    /// <summary>The primitive named <paramref name="name"/>; unknown names (e.g. <c>variant</c>) are refused.</summary>
    public static DeltaPrimitiveType FromName(string name) =>
        s_duckDbNames.ContainsKey(name)
            ? new DeltaPrimitiveType(name)
            : throw Invalid($"type '{name}' is not supported");

    public override string ToDuckDbType() => s_duckDbNames[Name];

    public override string ToString() => Name;

    internal override void WriteJson(Utf8JsonWriter writer) => writer.WriteStringValue(Name);
}

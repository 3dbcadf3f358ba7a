using System.Globalization;
using System.Text.Json;

namespace OmicsBridge.Lake.Delta;

/// <summary>The Delta <c>decimal(p,s)</c> type; precision is at most 38, as in Spark and DuckDB.</summary>
public sealed record DeltaDecimalType : DeltaType
{
    public DeltaDecimalType(int precision, int scale)
    {
        if (precision is < 1 or > 38 || scale < 0 || scale > precision)
        {
            throw Invalid(string.Create(CultureInfo.InvariantCulture, $"decimal({precision},{scale}) is out of range"));
        }

        Precision = precision;
        Scale = scale;
    }

    public int Precision { get; }

    public int Scale { get; }

    public override string ToDuckDbType() => string.Create(CultureInfo.InvariantCulture, $"DECIMAL({Precision},{Scale})");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"decimal({Precision},{Scale})");

    internal override void WriteJson(Utf8JsonWriter writer) => writer.WriteStringValue(ToString());

    internal static DeltaDecimalType ParseName(string name)
    {
        // "decimal" alone is Spark's decimal(10,0).
        if (name == "decimal")
        {
            return new DeltaDecimalType(10, 0);
        }

        var open = name.IndexOf('(', StringComparison.Ordinal);
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        var close = name.IndexOf(')', StringComparison.Ordinal);
        if (open != "decimal".Length || comma < open || close != name.Length - 1
            || !int.TryParse(name.AsSpan(open + 1, comma - open - 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var p)
            || !int.TryParse(name.AsSpan(comma + 1, close - comma - 1).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var s))
        {
            throw Invalid($"'{name}' is not a decimal type");
        }

        return new DeltaDecimalType(p, s);
    }
}

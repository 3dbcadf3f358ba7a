using System.Globalization;
using System.Text;

namespace OmicsBridge.Lake.Delta;

/// <summary>DuckDB SQL fragments: quoting, and partition values as typed constants.</summary>
internal static class DeltaSql
{
    public static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    /// <summary>
    /// A partition value (the protocol's string form) as a typed DuckDB constant. Null and the empty string are null
    /// for every type; values are checked here so a malformed log can never inject SQL or read as something else.
    /// </summary>
    public static string PartitionLiteral(string column, string? value, DeltaType type)
    {
        var duckType = type.ToDuckDbType();
        if (value is null || value.Length == 0)
        {
            return $"CAST(NULL AS {duckType})";
        }

        var ok = type switch
        {
            DeltaPrimitiveType { Name: "string" } => true,
            DeltaPrimitiveType { Name: "long" or "integer" or "short" or "byte" } =>
                long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            DeltaPrimitiveType { Name: "float" or "double" } =>
                double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                || value is "NaN" or "Infinity" or "-Infinity",
            DeltaDecimalType => decimal.TryParse(value, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out _),
            DeltaPrimitiveType { Name: "boolean" } => value is "true" or "false",
            DeltaPrimitiveType { Name: "date" } =>
                DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            DeltaPrimitiveType { Name: "timestamp" or "timestamp_ntz" } => TryTimestamp(value, out _),
            DeltaPrimitiveType { Name: "binary" } => true,
            _ => false,
        };
        if (!ok)
        {
            throw new FormatException($"partition value for column '{column}' is not a valid {type}");
        }

        return type switch
        {
            DeltaPrimitiveType { Name: "string" } => Literal(value),
            // Binary partition values are the bytes' string form; DuckDB's encode() gives those bytes back as a BLOB.
            DeltaPrimitiveType { Name: "binary" } => $"encode({Literal(value)})",
            DeltaPrimitiveType { Name: "timestamp" } => TimestampLiteral(value, "TIMESTAMPTZ", withOffset: true),
            DeltaPrimitiveType { Name: "timestamp_ntz" } => TimestampLiteral(value, "TIMESTAMP", withOffset: false),
            _ => $"CAST({Literal(value)} AS {duckType})",
        };
    }

    /// <summary>A file path as a DuckDB string literal, with '/' separators.</summary>
    public static string PathLiteral(string path) => Literal(path.Replace('\\', '/'));

    public static string Join(IEnumerable<string> parts) => string.Join(", ", parts);

    private static string TimestampLiteral(string value, string duckType, bool withOffset)
    {
        TryTimestamp(value, out var utc);
        var text = new StringBuilder(utc.ToString("yyyy-MM-dd HH:mm:ss.ffffff", CultureInfo.InvariantCulture));
        if (withOffset)
        {
            text.Append("+00");
        }

        return $"CAST({Literal(text.ToString())} AS {duckType})";
    }

    // The protocol allows "yyyy-MM-dd HH:mm:ss[.ffffff]" (UTC) or ISO-8601 with a zone designator.
    private static bool TryTimestamp(string value, out DateTime utc)
    {
        string[] formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss.FFFFFF", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK"];
        return DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out utc);
    }
}

using System.Globalization;

namespace OmicsBridge.Cli.Rendering;

/// <summary>Culture-invariant text for a result cell: numbers round-trip, dates and instants are ISO 8601.</summary>
internal static class CellText
{
    public static string? Format(object? value) => value switch
    {
        null or DBNull => null,
        string text => text,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime when dateTime.TimeOfDay == TimeSpan.Zero && dateTime.Kind != DateTimeKind.Utc => dateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) + (dateTime.Kind == DateTimeKind.Utc ? "Z" : ""),
        DateTimeOffset instant => instant.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        byte[] bytes => Convert.ToHexStringLower(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}

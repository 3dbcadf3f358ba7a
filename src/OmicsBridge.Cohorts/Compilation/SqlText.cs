using System.Globalization;

namespace OmicsBridge.Cohorts.Compilation;

/// <summary>SQL literals. Every user value reaches the SQL through these (the gate takes one statement, no parameters).</summary>
internal static class SqlText
{
    public static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";

    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    public static string List(IEnumerable<string> values) => string.Join(", ", values.Select(Literal));

    public static string Date(DateOnly date) => "DATE '" + date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "'";

    /// <summary>A regular-expression-safe rendering of literal text.</summary>
    public static string RegexEscape(string text) => System.Text.RegularExpressions.Regex.Escape(text);
}

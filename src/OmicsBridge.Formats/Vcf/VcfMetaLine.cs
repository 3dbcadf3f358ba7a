namespace OmicsBridge.Formats.Vcf;

/// <summary>One <c>##key=value</c> header line, kept in file order.</summary>
/// <param name="Key">The text before the first <c>=</c>.</param>
/// <param name="Value">The raw value (for structured lines, the text between <c>&lt;</c> and <c>&gt;</c>).</param>
/// <param name="Fields">For structured lines (<c>##INFO=&lt;ID=…&gt;</c>), the attributes with escapes resolved; else null.</param>
/// <param name="Line">1-based line number.</param>
public sealed record VcfMetaLine(string Key, string Value, IReadOnlyDictionary<string, string>? Fields, long Line);

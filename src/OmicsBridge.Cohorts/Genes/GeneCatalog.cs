using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Cohorts.Genes;

/// <summary>
/// Approved HGNC symbols with their previous and alias symbols, read from an HGNC <c>hgnc_complete_set.txt</c> export
/// (tab-separated, with a header naming symbol, status, alias_symbol and prev_symbol; multi-valued cells are
/// <c>|</c>-separated and may be quoted). Used to accept a gene and, for an outdated symbol, to name the current one.
/// </summary>
public sealed class GeneCatalog
{
    private readonly HashSet<string> _approved;
    private readonly Dictionary<string, string> _previous;
    private readonly Dictionary<string, string> _aliases;

    private GeneCatalog(HashSet<string> approved, Dictionary<string, string> previous, Dictionary<string, string> aliases)
    {
        _approved = approved;
        _previous = previous;
        _aliases = aliases;
    }

    public int Count => _approved.Count;

    /// <summary>A catalog of these symbols only (no history), e.g. the genes of a generated lake.</summary>
    public static GeneCatalog FromSymbols(IEnumerable<string> symbols) =>
        new(new HashSet<string>(symbols, StringComparer.Ordinal), new(StringComparer.OrdinalIgnoreCase), new(StringComparer.OrdinalIgnoreCase));

    /// <summary>Reads an HGNC export; rows with more fields than the header (pasted from newer releases) are kept.</summary>
    public static GeneCatalog Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw OmicsBridgeException.NotFound($"HGNC gene list '{path}' does not exist.");
        }

        using var reader = new StreamReader(path);
        var header = (reader.ReadLine() ?? "").Split('\t');
        int symbolAt = Array.IndexOf(header, "symbol"), statusAt = Array.IndexOf(header, "status");
        int aliasAt = Array.IndexOf(header, "alias_symbol"), prevAt = Array.IndexOf(header, "prev_symbol");
        if (symbolAt < 0)
        {
            throw OmicsBridgeException.InvalidInput($"'{path}' is not an HGNC export: the header has no 'symbol' column.");
        }

        var approved = new HashSet<string>(StringComparer.Ordinal);
        var previous = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var aliases = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split('\t');
            var symbol = Field(fields, symbolAt);
            if (symbol.Length == 0 || (statusAt >= 0 && Field(fields, statusAt) is { Length: > 0 } status && !status.StartsWith("Approved", StringComparison.Ordinal)))
            {
                continue;
            }

            approved.Add(symbol);
            foreach (var old in Values(fields, prevAt))
            {
                previous.TryAdd(old, symbol);
            }

            foreach (var alias in Values(fields, aliasAt))
            {
                aliases.TryAdd(alias, symbol);
            }
        }

        return new GeneCatalog(approved, previous, aliases);
    }

    public bool IsApproved(string symbol) => _approved.Contains(symbol);

    /// <summary>The current symbol for a previous or alias symbol, with which it was ("previous symbol" / "alias").</summary>
    public bool TryCurrent(string symbol, out string current, out string relation)
    {
        if (_previous.TryGetValue(symbol, out current!) && !string.Equals(current, symbol, StringComparison.Ordinal))
        {
            relation = "a previous symbol";
            return true;
        }

        if (_aliases.TryGetValue(symbol, out current!) && !string.Equals(current, symbol, StringComparison.Ordinal))
        {
            relation = "an alias";
            return true;
        }

        var approved = _approved.FirstOrDefault(a => string.Equals(a, symbol, StringComparison.OrdinalIgnoreCase));
        if (approved is not null && approved != symbol)
        {
            current = approved;
            relation = "a differently-cased spelling";
            return true;
        }

        current = "";
        relation = "";
        return false;
    }

    private static string Field(string[] fields, int at) => at >= 0 && at < fields.Length ? fields[at].Trim('"') : "";

    private static string[] Values(string[] fields, int at) =>
        Field(fields, at).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

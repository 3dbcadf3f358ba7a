using System.Globalization;
using System.IO.Compression;
using System.Text;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>A small CSV/TSV table read for an analysis: header plus text cells (RFC 4180 quotes; .gz allowed).</summary>
/// <remarks>Tab-separated when the name ends in .tsv/.tab/.txt (before .gz) or the header has a tab, else commas.
/// Analyses need every value in memory anyway, so the file is read whole, line by line.</remarks>
internal sealed class DelimitedFile
{
    private DelimitedFile(string path, IReadOnlyList<string> header, List<string?[]> rows)
    {
        Path = path;
        Header = header;
        Rows = rows;
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<string?[]> Rows { get; }

    public int IndexOf(string column)
    {
        for (var i = 0; i < Header.Count; i++)
        {
            if (Header[i] == column)
            {
                return i;
            }
        }

        throw OmicsBridgeException.NotFound($"{System.IO.Path.GetFileName(Path)}: no column '{column}'. Columns: {string.Join(", ", Header.Take(20))}.");
    }

    public IReadOnlyList<string?> Column(int index) => [.. Rows.Select(r => r[index])];

    public static DelimitedFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw OmicsBridgeException.NotFound($"Input file '{path}' does not exist.");
        }

        using var stream = OpenText(path);
        var first = stream.ReadLine() ?? throw OmicsBridgeException.InvalidInput($"{System.IO.Path.GetFileName(path)} is empty.");
        var bare = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? path[..^3] : path;
        var tab = bare.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase) || bare.EndsWith(".tab", StringComparison.OrdinalIgnoreCase)
            || bare.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || first.Contains('\t', StringComparison.Ordinal);
        var separator = tab ? '\t' : ',';
        var header = Split(first.TrimStart('\uFEFF'), separator);
        var rows = new List<string?[]>();
        var lineNumber = 1;
        while (stream.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line, separator);
            if (fields.Length != header.Length)
            {
                throw OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
                    $"{System.IO.Path.GetFileName(path)}:{lineNumber}: {fields.Length} fields, the header has {header.Length}."));
            }

            rows.Add([.. fields.Select(f => IsMissing(f) ? null : f)]);
        }

        return new DelimitedFile(path, header, rows);
    }

    public static bool IsMissing(string? value) => value is null || value.Length == 0 || value is "NA" or "NaN" or "null";

    private static StreamReader OpenText(string path)
    {
        Stream stream = File.OpenRead(path);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionMode.Decompress);
        }

        return new StreamReader(stream, Encoding.UTF8);
    }

    private static string[] Split(string line, char separator)
    {
        if (!line.Contains('"', StringComparison.Ordinal))
        {
            return line.Split(separator);
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}

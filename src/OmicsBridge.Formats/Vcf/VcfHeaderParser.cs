using System.Globalization;
using System.Text;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Formats.Vcf;

/// <summary>Turns header lines into a <see cref="VcfHeader"/>; every problem here is fatal.</summary>
internal sealed class VcfHeaderParser(string fileName)
{
    private static readonly string[] s_fixedColumns = ["#CHROM", "POS", "ID", "REF", "ALT", "QUAL", "FILTER", "INFO"];

    private readonly List<VcfMetaLine> _metaLines = [];
    private readonly Dictionary<string, VcfFieldDefinition> _info = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VcfFieldDefinition> _format = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _filters = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _alts = new(StringComparer.Ordinal);
    private readonly List<VcfContig> _contigs = [];
    private string? _fileFormat;

    /// <summary>Key rule of VCF 4.3 §1.6.1 (with the historical <c>1000G</c> exception).</summary>
    public static bool IsValidKey(string key)
    {
        if (key.Length == 0)
        {
            return false;
        }

        if (key == "1000G")
        {
            return true;
        }

        if (!(char.IsAsciiLetter(key[0]) || key[0] == '_'))
        {
            return false;
        }

        foreach (var c in key.AsSpan(1))
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_' || c == '.'))
            {
                return false;
            }
        }

        return true;
    }

    public static (VcfNumberKind Kind, int Count)? ParseNumber(string number) => number switch
    {
        "A" => (VcfNumberKind.PerAltAllele, -1),
        "R" => (VcfNumberKind.PerAllele, -1),
        "G" => (VcfNumberKind.PerGenotype, -1),
        "." => (VcfNumberKind.Unbounded, -1),

        // VCF 4.4 P (one per allele of the ploidy) and 4.5 local-allele counts: not checked, not split.
        "P" or "LA" or "LR" or "LG" or "M" => (VcfNumberKind.Unbounded, -1),
        _ => int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? (VcfNumberKind.Fixed, n) : null,
    };

    /// <summary>Adds a <c>##</c> line.</summary>
    public void AddMetaLine(string line, long lineNumber)
    {
        if (lineNumber == 1)
        {
            if (!line.StartsWith("##fileformat=", StringComparison.Ordinal))
            {
                throw Fatal(VcfIssueCodes.MissingFileFormat, lineNumber, "the first line must be ##fileformat=VCFv4.x");
            }

            var version = line["##fileformat=".Length..].Trim();
            if (version.Length == 0 || !version.StartsWith("VCFv4.", StringComparison.Ordinal)
                || !int.TryParse(version.AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var minor) || minor is < 0 or > 5)
            {
                throw Fatal(VcfIssueCodes.BadFileFormat, lineNumber, version.Length == 0
                    ? "##fileformat is empty"
                    : "##fileformat must be VCFv4.0 to VCFv4.5; found " + version);
            }

            _fileFormat = version;
        }

        var eq = line.IndexOf('=', StringComparison.Ordinal);
        if (eq < 3)
        {
            // "##" lines without a key=value are free text; keep them as they are.
            _metaLines.Add(new VcfMetaLine(line[2..], string.Empty, null, lineNumber));
            return;
        }

        var key = line[2..eq];
        var value = line[(eq + 1)..];
        Dictionary<string, string>? fields = null;
        if (value.Length >= 2 && value[0] == '<' && value[^1] == '>')
        {
            value = value[1..^1];
            try
            {
                fields = ParseStructured(value, lineNumber);
            }
            catch (OmicsBridgeException) when (key is not ("INFO" or "FORMAT" or "FILTER" or "ALT" or "contig"))
            {
                // Free-form lines (##META Values=[a, b], ##AnalysisTitle=<"…">) need not follow the key=value grammar.
                fields = null;
            }
        }

        _metaLines.Add(new VcfMetaLine(key, value, fields, lineNumber));
        if (fields is null)
        {
            return;
        }

        switch (key)
        {
            case "INFO":
                AddDefinition(_info, fields, lineNumber, key);
                break;
            case "FORMAT":
                AddDefinition(_format, fields, lineNumber, key);
                break;
            case "FILTER":
                _filters[Required(fields, "ID", lineNumber, key)] = fields.GetValueOrDefault("Description", string.Empty);
                break;
            case "ALT":
                _alts[Required(fields, "ID", lineNumber, key)] = fields.GetValueOrDefault("Description", string.Empty);
                break;
            case "contig":
                var id = Required(fields, "ID", lineNumber, key);
                long? length = fields.TryGetValue("length", out var l) && long.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out var len) ? len : null;
                _contigs.Add(new VcfContig(id, length, fields.GetValueOrDefault("assembly")));
                break;
        }
    }

    /// <summary>Checks the <c>#CHROM</c> line and builds the header.</summary>
    public VcfHeader Complete(string columnLine, long lineNumber)
    {
        if (_fileFormat is null)
        {
            throw Fatal(VcfIssueCodes.MissingFileFormat, lineNumber, "the first line must be ##fileformat=VCFv4.x");
        }

        var columns = columnLine.Split('\t');
        for (var i = 0; i < s_fixedColumns.Length; i++)
        {
            if (i >= columns.Length || columns[i] != s_fixedColumns[i])
            {
                throw Fatal(VcfIssueCodes.BadColumnHeader, lineNumber,
                    $"column {i + 1} of the header line must be {s_fixedColumns[i]}; found {(i < columns.Length ? columns[i] : "nothing")}",
                    ColumnOf(columns, i));
            }
        }

        if (columns.Length > 8 && columns[8] != "FORMAT")
        {
            throw Fatal(VcfIssueCodes.BadColumnHeader, lineNumber, "column 9 of the header line must be FORMAT; found " + columns[8], ColumnOf(columns, 8));
        }

        var samples = columns.Length > 9 ? columns[9..] : [];
        var index = new Dictionary<string, int>(samples.Length, StringComparer.Ordinal);
        for (var i = 0; i < samples.Length; i++)
        {
            if (samples[i].Length == 0)
            {
                throw Fatal(VcfIssueCodes.BadColumnHeader, lineNumber, $"sample column {i + 1} has an empty name", ColumnOf(columns, 9 + i));
            }

            if (!index.TryAdd(samples[i], i))
            {
                throw Fatal(VcfIssueCodes.DuplicateSample, lineNumber,
                    $"sample name in column {10 + i} repeats column {10 + index[samples[i]]}", ColumnOf(columns, 9 + i));
            }
        }

        return new VcfHeader(_fileFormat, _metaLines, _info, _format, _filters, _alts, _contigs, samples, index);
    }

    public OmicsBridgeException Fatal(string code, long line, string message, int? column = null) =>
        OmicsBridgeException.FromIssue(new ParseIssue(code, IssueSeverity.Fatal, fileName, line, column, "header", message));

    private static int ColumnOf(string[] columns, int index)
    {
        var column = 1;
        for (var i = 0; i < index && i < columns.Length; i++)
        {
            column += columns[i].Length + 1;
        }

        return column;
    }

    private void AddDefinition(Dictionary<string, VcfFieldDefinition> target, IReadOnlyDictionary<string, string> fields, long lineNumber, string key)
    {
        var id = Required(fields, "ID", lineNumber, key);
        var numberText = Required(fields, "Number", lineNumber, key);
        var typeText = Required(fields, "Type", lineNumber, key);
        if (ParseNumber(numberText) is not { } number)
        {
            throw Fatal(VcfIssueCodes.BadMetaLine, lineNumber, $"##{key} {id}: Number must be an integer, A, R, G or .; found {numberText}");
        }

        if (!Enum.TryParse<VcfValueType>(typeText, ignoreCase: false, out var type) || !Enum.IsDefined(type))
        {
            throw Fatal(VcfIssueCodes.BadMetaLine, lineNumber, $"##{key} {id}: Type must be Integer, Float, Flag, Character or String; found {typeText}");
        }

        target[id] = new VcfFieldDefinition(id, number.Kind, number.Count, type, fields.GetValueOrDefault("Description", string.Empty));
    }

    private string Required(IReadOnlyDictionary<string, string> fields, string name, long lineNumber, string key) =>
        fields.TryGetValue(name, out var v) && v.Length > 0
            ? v
            : throw Fatal(VcfIssueCodes.BadMetaLine, lineNumber, $"##{key} line lacks {name}=");

    // <ID=x,Number=1,Description="a \"quoted\", text"> : commas inside quotes do not split; \" and \\ are escapes.
    private Dictionary<string, string> ParseStructured(string body, long lineNumber)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        var sb = new StringBuilder();
        while (i < body.Length)
        {
            var eq = body.IndexOf('=', i);
            if (eq < 0)
            {
                throw Fatal(VcfIssueCodes.BadMetaLine, lineNumber, "structured meta line has an attribute without '='", i + 4);
            }

            var name = body[i..eq].Trim();
            i = eq + 1;
            sb.Clear();
            if (i < body.Length && body[i] == '"')
            {
                i++;
                var closed = false;
                while (i < body.Length)
                {
                    var c = body[i];
                    if (c == '\\' && i + 1 < body.Length)
                    {
                        sb.Append(body[i + 1]);
                        i += 2;
                        continue;
                    }

                    if (c == '"')
                    {
                        closed = true;
                        i++;
                        break;
                    }

                    sb.Append(c);
                    i++;
                }

                if (!closed)
                {
                    throw Fatal(VcfIssueCodes.BadMetaLine, lineNumber, $"attribute {name} has an unterminated quoted value");
                }

                // Skip to the next comma (tolerates spaces after the closing quote).
                while (i < body.Length && body[i] != ',')
                {
                    i++;
                }
            }
            else
            {
                var comma = body.IndexOf(',', i);
                var end = comma < 0 ? body.Length : comma;
                sb.Append(body, i, end - i);
                i = end;
            }

            result.TryAdd(name, sb.ToString());
            i++;
        }

        return result;
    }
}

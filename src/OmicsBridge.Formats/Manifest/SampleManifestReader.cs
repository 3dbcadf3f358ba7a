using System.Globalization;
using System.Text;
using System.Text.Json;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Csv;

namespace OmicsBridge.Formats.Manifest;

/// <summary>
/// Reads a sample manifest (CSV, TSV, a spreadsheet exported to CSV, or a cBioPortal clinical sample file) into
/// <see cref="SampleManifestRecord"/>s, matching column names by synonym and collecting coded issues.
/// </summary>
/// <remarks>
/// Lines starting with <c>#</c> are skipped (cBioPortal's four-line header block), and so are lines whose cells are
/// all empty (a spreadsheet export's trailing <c>,,,,</c> rows). The header must have a sample
/// id column (<see cref="ManifestIssueCodes.MissingSampleIdColumn"/> otherwise). Messages name the line, the field
/// and the rule, never the value; the offending text is only in <see cref="ParseIssue.Excerpt"/>.
/// </remarks>
public sealed class SampleManifestReader : IDisposable
{
    private readonly DelimitedReader _reader;
    private readonly SampleManifestReaderOptions _options;
    private readonly string[] _headers;
    private readonly ManifestField[] _fields;
    private readonly int[] _fieldColumn;
    private readonly bool _patientIsMrn;
    private readonly List<ParseIssue> _issues = [];
    private readonly Dictionary<string, long> _seen = new(StringComparer.Ordinal);
    private readonly long _headerLine;

    /// <summary>Opens <paramref name="path"/> and maps its header.</summary>
    public SampleManifestReader(string path, SampleManifestReaderOptions? options = null)
        : this(new DelimitedReader(path, CsvOptions(options)), options)
    {
    }

    /// <summary>Reads a manifest from <paramref name="stream"/>; <paramref name="fileName"/> names it in issues.</summary>
    public SampleManifestReader(Stream stream, string fileName, SampleManifestReaderOptions? options = null)
        : this(new DelimitedReader(stream, fileName, CsvOptions(options)), options)
    {
    }

    private SampleManifestReader(DelimitedReader reader, SampleManifestReaderOptions? options)
    {
        _reader = reader;
        _options = options ?? SampleManifestReaderOptions.Default;
        try
        {
            if (!reader.TryReadRow(out var header))
            {
                CsvThrow.Fatal(CsvIssueCodes.EmptyFile, reader.FileName, 1, "the file has no header line");
            }

            _headerLine = header.LineNumber;
            _headers = [.. header.ToArray().Select(h => h.Trim())];
            _fields = new ManifestField[_headers.Length];
            _fieldColumn = Enumerable.Repeat(-1, Enum.GetValues<ManifestField>().Length).ToArray();
            for (var i = 0; i < _headers.Length; i++)
            {
                var field = ManifestColumns.Map(_headers[i]);
                if (field != ManifestField.None && _fieldColumn[(int)field] >= 0)
                {
                    Report(ManifestIssueCodes.DuplicateColumn, IssueSeverity.Warning, _headerLine, i, $"maps to the same field as column {_fieldColumn[(int)field] + 1}; it is kept in extra", null);
                    field = ManifestField.None;
                }

                _fields[i] = field;
                if (field != ManifestField.None)
                {
                    _fieldColumn[(int)field] = i;
                }
            }

            if (_fieldColumn[(int)ManifestField.SampleId] < 0)
            {
                var issue = new ParseIssue(
                    ManifestIssueCodes.MissingSampleIdColumn,
                    IssueSeverity.Fatal,
                    reader.FileName,
                    _headerLine,
                    null,
                    null,
                    "no column is a sample id (sample_id, sample, specimen_id, biospecimen, Tumor_Sample_Barcode…); columns found: " + string.Join(", ", _headers));
                throw OmicsBridgeException.FromIssue(issue);
            }

            var patientColumn = _fieldColumn[(int)ManifestField.PatientId];
            _patientIsMrn = patientColumn >= 0 && ManifestColumns.IsMrn(_headers[patientColumn]);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>The file name used in issues.</summary>
    public string FileName => _reader.FileName;

    /// <summary>The header as read (trimmed).</summary>
    public IReadOnlyList<string> Columns => _headers;

    /// <summary>Every issue found so far.</summary>
    public IReadOnlyList<ParseIssue> Issues => _issues;

    /// <summary>Reads the whole file: the accepted records and every issue.</summary>
    public static (IReadOnlyList<SampleManifestRecord> Records, IReadOnlyList<ParseIssue> Issues) ReadAll(string path, SampleManifestReaderOptions? options = null)
    {
        using var reader = new SampleManifestReader(path, options);
        var records = reader.ReadRecords().ToList();
        return (records, reader.Issues);
    }

    /// <summary>Streams the accepted records; rejected lines are reported in <see cref="Issues"/>.</summary>
    public IEnumerable<SampleManifestRecord> ReadRecords()
    {
        while (true)
        {
            if (!_reader.TryReadRow(out var row))
            {
                yield break;
            }

            var cells = row.ToArray();
            var record = Build(cells, row.LineNumber);
            if (record is not null)
            {
                yield return record;
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    private static DelimitedReaderOptions CsvOptions(SampleManifestReaderOptions? options)
        => new() { Delimiter = options?.Delimiter, CommentChar = '#' };

    private SampleManifestRecord? Build(string[] cells, long line)
    {
        // Spreadsheet exports end with rows of bare delimiters; they hold nothing to reject.
        if (cells.All(string.IsNullOrWhiteSpace))
        {
            return null;
        }

        if (cells.Length < _headers.Length)
        {
            Report(ManifestIssueCodes.TooFewColumns, IssueSeverity.Error, line, null, string.Create(CultureInfo.InvariantCulture, $"expected {_headers.Length} cells (as the header on line {_headerLine}) but found {cells.Length}; the line is rejected"), null);
            return null;
        }

        if (cells.Skip(_headers.Length).Any(c => !string.IsNullOrWhiteSpace(c)))
        {
            Report(ManifestIssueCodes.TooManyColumns, IssueSeverity.Error, line, null, string.Create(CultureInfo.InvariantCulture, $"expected {_headers.Length} cells (as the header on line {_headerLine}) but found {cells.Length} with values past the header; the line is rejected"), null);
            return null;
        }

        var sampleColumn = _fieldColumn[(int)ManifestField.SampleId];
        var sampleId = cells[sampleColumn].Trim();
        if (sampleId.Length == 0)
        {
            Report(ManifestIssueCodes.EmptySampleId, IssueSeverity.Error, line, sampleColumn, "the sample id is empty; the line is rejected", null);
            return null;
        }

        if (!_seen.TryAdd(sampleId, line))
        {
            Report(ManifestIssueCodes.DuplicateSampleId, IssueSeverity.Error, line, sampleColumn, string.Create(CultureInfo.InvariantCulture, $"the sample id was already given on line {_seen[sampleId]}; this line is rejected"), sampleId);
            return null;
        }

        var extra = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < _headers.Length; i++)
        {
            if (_fields[i] == ManifestField.None && !string.IsNullOrWhiteSpace(cells[i]))
            {
                extra.Add(new(_headers[i], cells[i].Trim()));
            }
        }

        var patientId = Cell(cells, ManifestField.PatientId);
        return new SampleManifestRecord
        {
            SampleId = sampleId,
            PatientId = patientId,
            PatientIdSystem = patientId is null ? null : Cell(cells, ManifestField.PatientIdSystem) ?? (_patientIsMrn ? "MRN" : _options.DefaultPatientIdSystem),
            SampleType = Cell(cells, ManifestField.SampleType),
            Tissue = Cell(cells, ManifestField.Tissue),
            CollectionDate = Date(cells, ManifestField.CollectionDate, line, extra),
            Modality = Modality(cells, line, extra),
            Platform = Cell(cells, ManifestField.Platform),
            Batch = Cell(cells, ManifestField.Batch),
            RunDate = Date(cells, ManifestField.RunDate, line, extra),
            Extra = extra.Count == 0 ? null : ToJson(extra),
            LineNumber = line,
        };
    }

    private string? Cell(string[] cells, ManifestField field)
    {
        var column = _fieldColumn[(int)field];
        if (column < 0)
        {
            return null;
        }

        var value = cells[column].Trim();
        return value.Length == 0 ? null : value;
    }

    private DateOnly? Date(string[] cells, ManifestField field, long line, List<KeyValuePair<string, string>> extra)
    {
        var text = Cell(cells, field);
        if (text is null)
        {
            return null;
        }

        var outcome = ManifestDateParser.TryParse(text, _options.DateOrder, out var date);
        if (outcome == ManifestDateParser.Outcome.Parsed)
        {
            return date;
        }

        var column = _fieldColumn[(int)field];
        extra.Add(new(_headers[column], text));
        if (outcome == ManifestDateParser.Outcome.Ambiguous)
        {
            Report(ManifestIssueCodes.AmbiguousDate, IssueSeverity.Warning, line, column, "the date could be day- or month-first; set the date order to read it (kept in extra)", text);
        }
        else
        {
            Report(ManifestIssueCodes.BadDate, IssueSeverity.Warning, line, column, "the date is in no accepted format (kept in extra)", text);
        }

        return null;
    }

    private string? Modality(string[] cells, long line, List<KeyValuePair<string, string>> extra)
    {
        var text = Cell(cells, ManifestField.Modality);
        if (text is null)
        {
            return null;
        }

        if (OmicsModality.TryNormalize(text, out var modality))
        {
            return modality;
        }

        var column = _fieldColumn[(int)ManifestField.Modality];
        extra.Add(new(_headers[column], text));
        Report(ManifestIssueCodes.UnknownModality, IssueSeverity.Warning, line, column, "the modality is not a known synonym of " + string.Join(", ", OmicsModality.All) + " (kept in extra)", text);
        return null;
    }

    private static string ToJson(List<KeyValuePair<string, string>> extra)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (key, value) in extra)
            {
                json.WriteString(key, value);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private void Report(string code, IssueSeverity severity, long line, int? column, string message, string? excerpt)
        => _issues.Add(new ParseIssue(code, severity, FileName, line, column is { } c ? c + 1 : null, column is { } h ? _headers[h] : null, message, excerpt));
}

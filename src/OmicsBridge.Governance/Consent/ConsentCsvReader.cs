using System.Globalization;
using System.Text;
using OmicsBridge.Core.Access;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Governance.Consent;

/// <summary>
/// Streams consent records from a CSV file (RFC 4180 quoting; a header row names the columns, in any order).
/// </summary>
/// <remarks>
/// Columns (case-insensitive): <c>patient_id</c> (or <c>patient</c>, <c>patient_identifier</c>, <c>mrn</c>; required),
/// <c>identifier_system</c>, <c>status</c> (active, withdrawn, expired; required), <c>purposes</c> (DUO ids or
/// abbreviations separated by <c>;</c> or <c>|</c>, e.g. <c>HMB;DS:MONDO:0005015</c>; required), <c>modifiers</c>,
/// <c>categories</c> (clinical, genomic, transcriptomic… or all; empty = all), <c>start_date</c> (or <c>date</c>),
/// <c>end_date</c> (ISO yyyy-MM-dd), <c>consent_id</c>. A row with an error is skipped and reported in
/// <see cref="Issues"/>; the rest of the file still loads. Messages name the field and the rule, never the value of
/// the patient identifier.
/// </remarks>
public sealed class ConsentCsvReader
{
    private static readonly string[] s_patientColumns = ["patient_id", "patient", "patient_identifier", "mrn"];
    private static readonly char[] s_listSeparators = [';', '|'];

    private readonly TextReader _reader;
    private readonly string _fileName;
    private readonly List<ParseIssue> _issues = [];
    private long _line;

    public ConsentCsvReader(TextReader reader, string fileName)
    {
        _reader = reader ?? throw new ArgumentNullException(nameof(reader));
        _fileName = fileName ?? throw new ArgumentNullException(nameof(fileName));
    }

    /// <summary>Every issue found so far (complete once <see cref="Read"/> has been enumerated).</summary>
    public IReadOnlyList<ParseIssue> Issues => _issues;

    /// <summary>Rows read (excluding the header), accepted or not.</summary>
    public long RowsRead { get; private set; }

    public long RowsRejected { get; private set; }

    /// <summary>Reads every record of a file, returning the records and the issues.</summary>
    public static (IReadOnlyList<PatientConsent> Records, IReadOnlyList<ParseIssue> Issues) ReadFile(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var csv = new ConsentCsvReader(reader, Path.GetFileName(path));
        var records = csv.Read().ToList();
        return (records, csv.Issues);
    }

    /// <summary>Streams the accepted records. A missing required column is fatal and yields nothing.</summary>
    public IEnumerable<PatientConsent> Read()
    {
        var header = ReadRecord(out _);
        if (header is null)
        {
            _issues.Add(Issue("GOV001", IssueSeverity.Fatal, 1, null, null, "the file is empty: a header row is required"));
            yield break;
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().TrimStart('\uFEFF');
            if (!columns.TryAdd(name, i))
            {
                _issues.Add(Issue("GOV013", IssueSeverity.Warning, 1, i + 1, name, "duplicate column; the first one is used"));
            }
        }

        var patient = s_patientColumns.Select(c => columns.GetValueOrDefault(c, -1)).FirstOrDefault(i => i >= 0, -1);
        var missing = new List<string>();
        if (patient < 0)
        {
            missing.Add("patient_id");
        }

        foreach (var required in new[] { "status", "purposes" })
        {
            if (!columns.ContainsKey(required))
            {
                missing.Add(required);
            }
        }

        if (missing.Count > 0)
        {
            _issues.Add(Issue("GOV002", IssueSeverity.Fatal, 1, null, string.Join(",", missing),
                $"required column(s) missing: {string.Join(", ", missing)}"));
            yield break;
        }

        var layout = new Layout(
            patient,
            columns.GetValueOrDefault("identifier_system", -1),
            columns["status"],
            columns["purposes"],
            columns.GetValueOrDefault("modifiers", -1),
            columns.GetValueOrDefault("categories", -1),
            columns.TryGetValue("start_date", out var start) ? start : columns.GetValueOrDefault("date", -1),
            columns.GetValueOrDefault("end_date", -1),
            columns.GetValueOrDefault("consent_id", -1));

        while (ReadRecord(out var firstLine) is { } fields)
        {
            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue;
            }

            RowsRead++;
            PatientConsent? record = null;
            if (fields.Count != header.Count)
            {
                _issues.Add(Issue("GOV003", IssueSeverity.Error, firstLine, null, null,
                    string.Create(CultureInfo.InvariantCulture, $"found {fields.Count} field(s); the header has {header.Count}")));
            }
            else
            {
                record = ParseRow(fields, layout, firstLine);
            }

            if (record is null)
            {
                RowsRejected++;
                continue;
            }

            yield return record;
        }
    }

    private PatientConsent? ParseRow(List<string> fields, Layout layout, long line)
    {
        var ok = true;
        var patientId = fields[layout.Patient].Trim();
        if (patientId.Length == 0)
        {
            _issues.Add(Issue("GOV005", IssueSeverity.Error, line, layout.Patient + 1, "patient_id", "the patient identifier is empty"));
            ok = false;
        }

        var statusText = fields[layout.Status].Trim().ToLowerInvariant();
        ConsentStatus status = default;
        switch (statusText)
        {
            case "active" or "permit" or "granted":
                status = ConsentStatus.Active;
                break;
            case "withdrawn" or "revoked" or "inactive" or "rejected":
                status = ConsentStatus.Withdrawn;
                break;
            case "expired":
                status = ConsentStatus.Expired;
                break;
            default:
                _issues.Add(Issue("GOV006", IssueSeverity.Error, line, layout.Status + 1, "status", "status must be active, withdrawn or expired"));
                ok = false;
                break;
        }

        var purposes = new List<Purpose>();
        foreach (var item in SplitList(fields[layout.Purposes]))
        {
            if (Purpose.TryParse(item, out var purpose, out var error))
            {
                purposes.Add(purpose);
            }
            else
            {
                _issues.Add(Issue("GOV007", IssueSeverity.Error, line, layout.Purposes + 1, "purposes", $"invalid purpose: {error}"));
                ok = false;
            }
        }

        var modifiers = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in layout.Modifiers < 0 ? [] : SplitList(fields[layout.Modifiers]))
        {
            if (ConsentModifiers.Parse(item) is { } code)
            {
                modifiers.Add(code);
            }
            else
            {
                _issues.Add(Issue("GOV008", IssueSeverity.Error, line, layout.Modifiers + 1, "modifiers",
                    $"'{item}' is not a DUO data-use modifier (e.g. DUO:0000019 PUB, DUO:0000046 NCU)"));
                ok = false;
            }
        }

        var categories = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in layout.Categories < 0 ? [] : SplitList(fields[layout.Categories]))
        {
            if (DataCategories.Normalize(item) is { } category)
            {
                categories.Add(category);
            }
            else
            {
                _issues.Add(Issue("GOV009", IssueSeverity.Error, line, layout.Categories + 1, "categories",
                    $"unknown data category '{item}' (known: {string.Join(", ", DataCategories.Known)}, all)"));
                ok = false;
            }
        }

        var startDate = ParseDate(fields, layout.Start, "start_date", line, ref ok);
        var endDate = ParseDate(fields, layout.End, "end_date", line, ref ok);
        if (startDate is not null && endDate is not null && endDate < startDate)
        {
            _issues.Add(Issue("GOV011", IssueSeverity.Error, line, layout.End + 1, "end_date", "end_date is before start_date"));
            ok = false;
        }

        if (ok && status == ConsentStatus.Active && purposes.Count == 0)
        {
            _issues.Add(Issue("GOV012", IssueSeverity.Warning, line, layout.Purposes + 1, "purposes",
                "an active consent lists no purposes, so it permits no use"));
        }

        if (!ok)
        {
            return null;
        }

        return new PatientConsent(
            patientId, status, purposes, modifiers, categories, startDate, endDate, line,
            layout.System >= 0 && fields[layout.System].Trim() is { Length: > 0 } system ? system : null,
            layout.ConsentId >= 0 && fields[layout.ConsentId].Trim() is { Length: > 0 } id ? id : null);
    }

    private DateOnly? ParseDate(List<string> fields, int index, string name, long line, ref bool ok)
    {
        if (index < 0 || fields[index].Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        _issues.Add(Issue("GOV010", IssueSeverity.Error, line, index + 1, name, "dates must be ISO yyyy-MM-dd"));
        ok = false;
        return null;
    }

    private static string[] SplitList(string text)
        => text.Split(s_listSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// Reads one CSV record; a quoted field may span lines, so the record's first line is returned for positions.
    /// Null at the end of the input.
    /// </summary>
    private List<string>? ReadRecord(out long firstLine)
    {
        var text = _reader.ReadLine();
        firstLine = ++_line;
        if (text is null)
        {
            return null;
        }

        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (true)
        {
            if (i == text.Length)
            {
                if (!quoted)
                {
                    break;
                }

                // Inside quotes the line break is part of the value.
                var next = _reader.ReadLine();
                if (next is null)
                {
                    _issues.Add(Issue("GOV004", IssueSeverity.Error, firstLine, null, null, "a quoted field is not closed before the end of the file"));
                    break;
                }

                _line++;
                field.Append('\n');
                text = next;
                i = 0;
                continue;
            }

            var c = text[i++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i < text.Length && text[i] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
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
        return fields;
    }

    private ParseIssue Issue(string code, IssueSeverity severity, long line, int? column, string? field, string message)
        => new(code, severity, _fileName, line, column, field, message);

    private sealed record Layout(int Patient, int System, int Status, int Purposes, int Modifiers, int Categories, int Start, int End, int ConsentId);
}

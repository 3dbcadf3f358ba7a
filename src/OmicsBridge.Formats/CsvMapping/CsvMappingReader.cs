using System.Globalization;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Core.Vocabulary;
using OmicsBridge.Formats.Csv;

namespace OmicsBridge.Formats.CsvMapping;

/// <summary>
/// Streams a CSV/TSV extract through a <see cref="CsvMappingSpec"/> into Core clinical records, one per row.
/// A row that cannot be read (too few or too many columns, an invalid date, no patient, no code) is skipped with an
/// error in <see cref="Issues"/>; <see cref="Rejected"/> counts them. Lines are the extract's physical lines.
/// </summary>
public sealed class CsvMappingReader : IDisposable
{
    private readonly DelimitedReader _reader;
    private readonly CsvMappingSpec _spec;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, CsvCodeMapping>> _codeMaps;
    private readonly Dictionary<string, int> _columns = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<ParseIssue> _issues = [];
    private readonly string _file;
    private readonly int _patientColumn;
    private readonly int _idColumn = -1;
    private readonly string[] _header;

    /// <param name="stream">The extract (plain or gzip).</param>
    /// <param name="fileName">The name issues carry.</param>
    /// <param name="spec">The validated mapping.</param>
    /// <param name="codeMaps">The code maps with file-based ones already loaded (see <see cref="LoadCodeMapFile"/>).</param>
    public CsvMappingReader(Stream stream, string fileName, CsvMappingSpec spec,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, CsvCodeMapping>> codeMaps)
    {
        ArgumentNullException.ThrowIfNull(spec);
        _spec = spec;
        _codeMaps = codeMaps;
        _file = fileName;
        _reader = new DelimitedReader(stream, fileName, new DelimitedReaderOptions { Delimiter = spec.Delimiter });
        if (!_reader.TryReadRow(out var header))
        {
            throw OmicsBridgeException.FromIssue(new ParseIssue(CsvIssueCodes.EmptyFile, IssueSeverity.Fatal, fileName, 1, null, null, "the extract has no header row"));
        }

        _header = header.ToArray();
        for (var i = 0; i < _header.Length; i++)
        {
            _columns.TryAdd(_header[i].Trim(), i);
        }

        var missing = spec.Fields.Values.Select(f => f.Column).Append(spec.Patient.Column).Append(spec.IdColumn)
            .Where(c => c is not null && !_columns.ContainsKey(c)).Distinct().ToList();
        if (missing.Count > 0)
        {
            _reader.Dispose();
            throw OmicsBridgeException.InvalidInput(
                $"{fileName}: the mapping names column(s) {string.Join(", ", missing)} that the header does not have (header: {string.Join(", ", _header.Take(30))}). Nothing was loaded.");
        }

        _patientColumn = _columns[spec.Patient.Column!];
        if (spec.IdColumn is not null)
        {
            _idColumn = _columns[spec.IdColumn];
        }
    }

    public IReadOnlyList<ParseIssue> Issues => _issues;

    public long Rejected { get; private set; }

    /// <summary>Reads a code map CSV with columns <c>local,vocabulary,code[,display]</c> (header required).</summary>
    public static IReadOnlyDictionary<string, CsvCodeMapping> LoadCodeMapFile(string path)
    {
        var map = new Dictionary<string, CsvCodeMapping>(StringComparer.OrdinalIgnoreCase);
        using var reader = new DelimitedReader(path);
        if (!reader.TryReadRow(out _))
        {
            return map;
        }

        while (reader.TryReadRow(out var row))
        {
            if (row.Count < 3)
            {
                throw OmicsBridgeException.InvalidInput(string.Create(CultureInfo.InvariantCulture,
                    $"{Path.GetFileName(path)}:{row.LineNumber}: a code map row needs local,vocabulary,code[,display]; it has {row.Count} field(s)."));
            }

            map[row.GetString(0).Trim()] = new CsvCodeMapping
            {
                Vocabulary = row.GetString(1).Trim(),
                Code = row.GetString(2).Trim(),
                Display = row.Count > 3 && row[3].Trim().Length > 0 ? row.GetString(3).Trim() : null,
            };
        }

        return map;
    }

    public IEnumerable<CsvMappedRecord> ReadRecords()
    {
        while (true)
        {
            CsvMappedRecord? record;
            if (!TryRead(out record))
            {
                yield break;
            }

            if (record is not null)
            {
                yield return record;
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>Reads the next row: false at the end; a rejected row gives true with a null record.</summary>
    private bool TryRead(out CsvMappedRecord? record)
    {
        record = null;
        if (!_reader.TryReadRow(out var row))
        {
            return false;
        }

        var line = row.LineNumber;
        if (row.Count != _header.Length)
        {
            var few = row.Count < _header.Length;
            Reject(few ? CsvMappingIssueCodes.TooFewColumns : CsvMappingIssueCodes.TooManyColumns, line, null,
                string.Create(CultureInfo.InvariantCulture, $"row has {row.Count} field(s) but the header has {_header.Length}; the row is not loaded"));
            return true;
        }

        var cells = row.ToArray();
        var patient = cells[_patientColumn].Trim();
        if (patient.Length == 0)
        {
            Reject(CsvMappingIssueCodes.MissingPatient, line, _spec.Patient.Column, "the patient identifier is empty; the row cannot be linked to a person");
            return true;
        }

        var mapped = new RowMapper(this, cells, line);
        var sourceId = _idColumn >= 0 && cells[_idColumn].Trim().Length > 0
            ? cells[_idColumn].Trim()
            : string.Create(CultureInfo.InvariantCulture, $"{_file}#{line}");
        var clinical = mapped.Build(sourceId, out var lastContact);
        if (clinical is null)
        {
            return true;
        }

        record = new CsvMappedRecord(clinical, _spec.Patient.System, patient, lastContact);
        return true;
    }

    private void Reject(string code, long line, string? field, string message, string? excerpt = null)
    {
        Rejected++;
        _issues.Add(new ParseIssue(code, IssueSeverity.Error, _file, line, null, field, message, excerpt));
    }

    private void Warn(string code, long line, string? field, string message, string? excerpt) =>
        _issues.Add(new ParseIssue(code, IssueSeverity.Warning, _file, line, null, field, message, excerpt));

    /// <summary>Maps one row's cells to the target's record; null (with the issue recorded) when the row is rejected.</summary>
    private sealed class RowMapper(CsvMappingReader owner, string[] cells, long line)
    {
        private bool _failed;

        public ClinicalRecord? Build(string sourceId, out DateOnly? lastContact)
        {
            lastContact = null;
            var source = new SourcePosition(owner._file, line);
            var encounter = Text("encounter") is { } e ? "Encounter/" + e : null;
            ClinicalRecord? record = owner._spec.Target switch
            {
                CsvMappingTarget.Patient => new PatientRecord
                {
                    SourceId = sourceId,
                    Source = source,
                    Sex = Sex(Text("sex")),
                    BirthDate = Date("birth_date"),
                    DeathDate = Date("death_date"),
                    Deceased = Flag(Text("deceased")) ?? (Text("death_date") is not null ? true : null),
                },
                CsvMappingTarget.Condition => Coded() is { } codes ? new ConditionRecord
                {
                    SourceId = sourceId,
                    Source = source,
                    Codes = codes,
                    CodeText = Text("display"),
                    Onset = Date("onset_date"),
                    Abatement = Date("abatement_date"),
                    ClinicalStatus = Text("clinical_status"),
                    VerificationStatus = Text("verification_status"),
                    EncounterReference = encounter,
                } : null,
                CsvMappingTarget.Observation => Coded() is { } codes ? new ObservationRecord
                {
                    SourceId = sourceId,
                    Source = source,
                    Codes = codes,
                    CodeText = Text("display"),
                    Value = Text("value") is { } value ? new ClinicalValue { ValueText = value, Unit = Text("unit") } : null,
                    EffectiveTime = Date("effective_time"),
                    Status = Text("status"),
                    Categories = Text("category") is { } category ? [new Coding(VocabularyId.Local("csv"), category)] : [],
                    ReferenceRanges = Text("reference_range") is { } range ? [new ReferenceRange(null, null, null, range)] : [],
                    Interpretation = Text("interpretation") is { } flag ? [new Coding(VocabularyId.Local("csv"), flag)] : [],
                    EncounterReference = encounter,
                } : null,
                CsvMappingTarget.Medication => Coded() is { } codes ? new MedicationRecord
                {
                    SourceId = sourceId,
                    Source = source,
                    Kind = Text("kind")?.ToLowerInvariant() switch
                    {
                        "request" or "order" or "prescription" => MedicationRecordKind.Request,
                        "administration" => MedicationRecordKind.Administration,
                        _ => MedicationRecordKind.Statement,
                    },
                    Codes = codes,
                    CodeText = Text("display"),
                    StartDate = Date("start_date"),
                    EndDate = Date("end_date"),
                    Status = Text("status"),
                    DoseText = Text("dose"),
                    Routes = Text("route") is { } route ? [new Coding(VocabularyId.Local("csv"), route, route)] : [],
                    EncounterReference = encounter,
                } : null,
                CsvMappingTarget.Procedure => Coded() is { } codes ? new ProcedureRecord
                {
                    SourceId = sourceId,
                    Source = source,
                    Codes = codes,
                    CodeText = Text("display"),
                    PerformedStart = Date("performed_date"),
                    Status = Text("status"),
                    EncounterReference = encounter,
                } : null,
                _ => new EncounterRecord
                {
                    SourceId = sourceId,
                    Source = source,
                    Class = Text("class") is { } c ? new Coding(VocabularyId.Local("csv"), c) : null,
                    Types = Text("code") is not null ? Coded() ?? [] : [],
                    Period = new Period(Date("start_time"), Date("end_time")),
                    Status = Text("status"),
                },
            };
            if (owner._spec.Target == CsvMappingTarget.Patient)
            {
                lastContact = Date("last_contact_date")?.Start;
            }

            return _failed ? null : record;
        }

        private string? Text(string field)
        {
            if (!owner._spec.Fields.TryGetValue(field, out var mapping))
            {
                return null;
            }

            var raw = mapping.Column is { } column ? cells[owner._columns[column]].Trim() : mapping.Value?.Trim();
            if (string.IsNullOrEmpty(raw))
            {
                return null;
            }

            return mapping.Values.TryGetValue(raw, out var mapped) ? mapped : raw;
        }

        private PartialDateTime? Date(string field)
        {
            var text = Text(field);
            if (text is null)
            {
                return null;
            }

            var mapping = owner._spec.Fields[field];
            var formats = mapping.Formats.Count > 0 ? mapping.Formats : owner._spec.DateFormats;
            foreach (var format in formats)
            {
                if (DateTimeOffset.TryParseExact(text, format, CultureInfo.InvariantCulture,
                        DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var parsed))
                {
                    var hasTime = format.Contains('H', StringComparison.Ordinal) || format.Contains('h', StringComparison.Ordinal);
                    var iso = hasTime
                        ? parsed.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
                        : parsed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                    if (PartialDateTime.TryParse(iso, out var value))
                    {
                        return value;
                    }
                }
            }

            _failed = true;
            owner.Reject(CsvMappingIssueCodes.InvalidDate, line, mapping.Column ?? field,
                $"{field} is not a valid date in the mapping's format(s) {string.Join(" | ", formats)} (or names a day that does not exist); the row is not loaded",
                text);
            return null;
        }

        private IReadOnlyList<Coding>? Coded()
        {
            var code = Text("code");
            if (code is null)
            {
                _failed = true;
                owner.Reject(CsvMappingIssueCodes.MissingCode, line, owner._spec.Fields.GetValueOrDefault("code")?.Column ?? "code",
                    "the code is empty; the row cannot be stored without one");
                return null;
            }

            var mapping = owner._spec.Fields["code"];
            var display = Text("display");
            if (mapping.Map is { } mapName)
            {
                if (owner._codeMaps.TryGetValue(mapName, out var map) && map.TryGetValue(code, out var standard))
                {
                    var vocabulary = CodeSystems.FromHl7v2Name(standard.Vocabulary) ?? VocabularyId.Local(mapName);
                    return
                    [
                        new Coding(vocabulary, standard.Code, standard.Display ?? display, standard.Vocabulary),
                        new Coding(VocabularyId.Local(mapName), code, display, mapName),
                    ];
                }

                owner.Warn(CsvMappingIssueCodes.UnmappedCode, line, mapping.Column ?? "code",
                    $"local code is not in code map '{mapName}'; it is loaded as LOCAL:{mapName}", code);
                return [new Coding(VocabularyId.Local(mapName), code, display, mapName)];
            }

            var system = Text("vocabulary");
            return [new Coding(CodeSystems.FromHl7v2Name(system) ?? VocabularyId.Local("csv"), code, display, system)];
        }

        private static AdministrativeSex Sex(string? text) => text?.Trim().ToLowerInvariant() switch
        {
            "female" or "f" or "w" => AdministrativeSex.Female,
            "male" or "m" => AdministrativeSex.Male,
            "other" or "o" or "x" => AdministrativeSex.Other,
            _ => AdministrativeSex.Unknown,
        };

        private static bool? Flag(string? text) => text?.Trim().ToLowerInvariant() switch
        {
            "true" or "yes" or "y" or "1" or "dead" or "deceased" => true,
            "false" or "no" or "n" or "0" or "alive" => false,
            _ => null,
        };
    }
}

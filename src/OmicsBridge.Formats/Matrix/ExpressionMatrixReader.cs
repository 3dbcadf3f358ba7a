using System.Globalization;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Csv;

namespace OmicsBridge.Formats.Matrix;

/// <summary>
/// Streams a delimited expression (or protein, metabolite, methylation) matrix a row at a time, plain or gzip.
/// </summary>
/// <remarks>
/// <para>The first line is the header: id column names, then one column id per value column (samples, or features
/// when <see cref="MatrixOrientation.SamplesInRows"/>). Leading <c>#</c> lines are skipped.</para>
/// <para>Values parse culture-invariantly (<c>1.5</c>, <c>-2e-3</c>). <c>NA</c>, <c>NaN</c>, empty, <c>.</c>,
/// <c>-</c> and <c>null</c> (any case) are missing, not errors; any other text is <see cref="MatrixIssueCodes.NotANumber"/>
/// and only that cell is lost. A line with the wrong number of cells is <see cref="MatrixIssueCodes.RaggedRow"/> and is
/// skipped; one extra, empty cell (a trailing delimiter) is tolerated.</para>
/// <para>The row's buffers are reused: copy what you keep.</para>
/// </remarks>
public sealed class ExpressionMatrixReader : IDisposable
{
    private readonly DelimitedReader _reader;
    private readonly ExpressionMatrixReaderOptions _options;
    private readonly List<ParseIssue> _issues = [];
    private readonly int _idCount;
    private readonly string[] _ids;
    private readonly double[] _values;
    private readonly bool[] _missing;
    private readonly FeatureNamespace?[] _headerNamespaces;
    private FeatureNamespace[]? _idNamespaces;
    private long _issueCount;

    /// <summary>Opens <paramref name="path"/> and reads its header.</summary>
    public ExpressionMatrixReader(string path, ExpressionMatrixReaderOptions? options = null)
        : this(new DelimitedReader(path, CsvOptions(options)), options)
    {
    }

    /// <summary>Reads a matrix from <paramref name="stream"/>; <paramref name="fileName"/> names it in issues.</summary>
    public ExpressionMatrixReader(Stream stream, string fileName, ExpressionMatrixReaderOptions? options = null)
        : this(new DelimitedReader(stream, fileName, CsvOptions(options)), options)
    {
    }

    private ExpressionMatrixReader(DelimitedReader reader, ExpressionMatrixReaderOptions? options)
    {
        _reader = reader;
        _options = options ?? ExpressionMatrixReaderOptions.Default;
        try
        {
            if (!reader.TryReadRow(out var header))
            {
                CsvThrow.Fatal(CsvIssueCodes.EmptyFile, reader.FileName, 1, "the file has no header line");
            }

            var names = header.ToArray();
            _idCount = _options.IdColumnCount ?? CountIdColumns(names);
            if (_idCount < 1 || _idCount >= names.Length)
            {
                CsvThrow.Fatal(
                    MatrixIssueCodes.NoValueColumns,
                    reader.FileName,
                    header.LineNumber,
                    string.Create(CultureInfo.InvariantCulture, $"the header has {names.Length} column(s) and {_idCount} id column(s), so no value columns"));
            }

            IdColumnNames = names[.._idCount];
            ColumnIds = names[_idCount..];
            HeaderLineNumber = header.LineNumber;
            _ids = new string[_idCount];
            _values = new double[ColumnIds.Count];
            _missing = new bool[ColumnIds.Count];
            _headerNamespaces = [.. IdColumnNames.Select(FeatureNamespaceDetector.FromHeader)];
            ReportDuplicateColumns(header.LineNumber);
            if (_options.Orientation == MatrixOrientation.SamplesInRows)
            {
                FeatureNamespace = _options.FeatureNamespace ?? DetectFromColumns();
            }
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    /// <summary>The file name used in issues.</summary>
    public string FileName => _reader.FileName;

    /// <summary>The orientation the reader was told.</summary>
    public MatrixOrientation Orientation => _options.Orientation;

    /// <summary>The header names of the id columns.</summary>
    public IReadOnlyList<string> IdColumnNames { get; }

    /// <summary>The header names of the value columns: sample ids, or feature ids when samples are in rows.</summary>
    public IReadOnlyList<string> ColumnIds { get; }

    /// <summary>The 1-based line of the header.</summary>
    public long HeaderLineNumber { get; }

    /// <summary>
    /// The namespace of the feature ids: stated in the options, else from the first id column's header or, failing
    /// that, the first row's id (known after the first <see cref="TryReadRow"/>; from the header when samples are in rows).
    /// </summary>
    public FeatureNamespace FeatureNamespace { get; private set; }

    /// <summary>The namespace of each id column (features in rows), known after the first row.</summary>
    public IReadOnlyList<FeatureNamespace> IdColumnNamespaces => _idNamespaces ?? [];

    /// <summary>Every issue found so far, up to <see cref="ExpressionMatrixReaderOptions.MaxIssues"/>.</summary>
    public IReadOnlyList<ParseIssue> Issues => _issues;

    /// <summary>How many issues were found, including those past the limit.</summary>
    public long IssueCount => _issueCount;

    /// <summary>Reads the next well-formed row; rejected lines are reported in <see cref="Issues"/> and skipped.</summary>
    public bool TryReadRow(out MatrixRow row)
    {
        while (_reader.TryReadRow(out var line))
        {
            if (!Accept(line))
            {
                continue;
            }

            for (var i = 0; i < _idCount; i++)
            {
                _ids[i] = line.GetString(i);
            }

            // cBioPortal leaves Hugo_Symbol blank when only the Entrez id is known: one id is enough.
            if (Array.TrueForAll(_ids, id => id.Length == 0))
            {
                Report(MatrixIssueCodes.EmptyId, IssueSeverity.Error, line.LineNumber, 1, IdColumnNames[0], "every id cell is empty; the line is rejected", null);
                continue;
            }

            ParseValues(line);
            if (_idNamespaces is null)
            {
                DetectFromFirstRow();
            }

            row = new MatrixRow(_ids, _values, _missing, line.LineNumber);
            return true;
        }

        row = default;
        return false;
    }

    /// <summary>
    /// Every present value as (sample, feature, value), mapping rows and columns by <see cref="Orientation"/>;
    /// missing cells are left out. The row's id is its first non-empty id cell.
    /// </summary>
    public IEnumerable<MatrixValue> ReadValues()
    {
        var samplesInRows = _options.Orientation == MatrixOrientation.SamplesInRows;
        while (TryReadRow(out _))
        {
            var id = Array.Find(_ids, i => i.Length > 0) ?? _ids[0];
            for (var i = 0; i < _values.Length; i++)
            {
                if (!_missing[i])
                {
                    yield return samplesInRows
                        ? new MatrixValue(id, ColumnIds[i], _values[i])
                        : new MatrixValue(ColumnIds[i], id, _values[i]);
                }
            }
        }
    }

    public void Dispose() => _reader.Dispose();

    private static DelimitedReaderOptions CsvOptions(ExpressionMatrixReaderOptions? options)
        => new() { Delimiter = options?.Delimiter, CommentChar = '#' };

    private static int CountIdColumns(string[] names)
    {
        var count = 1;
        while (count < names.Length - 1 && FeatureNamespaceDetector.IsIdHeader(names[count]))
        {
            count++;
        }

        return count;
    }

    private bool Accept(DelimitedRow line)
    {
        var expected = _idCount + _values.Length;
        if (line.Count == expected || line.Count == expected + 1 && line[expected].IsEmpty)
        {
            return true;
        }

        Report(
            MatrixIssueCodes.RaggedRow,
            IssueSeverity.Error,
            line.LineNumber,
            null,
            null,
            string.Create(CultureInfo.InvariantCulture, $"expected {expected} cells (as the header on line {HeaderLineNumber}) but found {line.Count}; the line is rejected"),
            null);
        return false;
    }

    private void ParseValues(DelimitedRow line)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var cell = line[_idCount + i];
            if (double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && !double.IsNaN(value))
            {
                _values[i] = value;
                _missing[i] = false;
                continue;
            }

            _values[i] = double.NaN;
            _missing[i] = true;
            if (!IsMissingMarker(cell.Trim()))
            {
                Report(
                    MatrixIssueCodes.NotANumber,
                    IssueSeverity.Error,
                    line.LineNumber,
                    _idCount + i + 1,
                    ColumnIds[i],
                    "the value is not a number or a missing-value marker; the cell is loaded as missing",
                    cell.ToString());
            }
        }
    }

    private static bool IsMissingMarker(ReadOnlySpan<char> cell)
        => cell.IsEmpty
           || cell is "." or "-"
           || cell.Equals("NA", StringComparison.OrdinalIgnoreCase)
           || cell.Equals("NaN", StringComparison.OrdinalIgnoreCase)
           || cell.Equals("null", StringComparison.OrdinalIgnoreCase)
           || cell.Equals("N/A", StringComparison.OrdinalIgnoreCase);

    private void DetectFromFirstRow()
    {
        _idNamespaces = new FeatureNamespace[_idCount];
        for (var i = 0; i < _idCount; i++)
        {
            _idNamespaces[i] = _headerNamespaces[i] ?? FeatureNamespaceDetector.FromValue(_ids[i]);
        }

        if (_options.Orientation == MatrixOrientation.FeaturesInRows)
        {
            FeatureNamespace = _options.FeatureNamespace ?? _idNamespaces[0];
            _idNamespaces[0] = FeatureNamespace;
        }
    }

    // With samples in rows the features are the header: the first few decide, a mix stays Unknown.
    private FeatureNamespace DetectFromColumns()
    {
        var seen = ColumnIds.Take(20).Select(FeatureNamespaceDetector.FromValue).Distinct().ToList();
        return seen.Count == 1 ? seen[0] : FeatureNamespace.Unknown;
    }

    private void ReportDuplicateColumns(long line)
    {
        var firstColumn = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ColumnIds.Count; i++)
        {
            if (!firstColumn.TryAdd(ColumnIds[i], i))
            {
                Report(
                    MatrixIssueCodes.DuplicateColumn,
                    IssueSeverity.Warning,
                    line,
                    _idCount + i + 1,
                    ColumnIds[i],
                    string.Create(CultureInfo.InvariantCulture, $"the column id repeats column {_idCount + firstColumn[ColumnIds[i]] + 1}"),
                    null);
            }
        }
    }

    private void Report(string code, IssueSeverity severity, long line, int? column, string? field, string message, string? excerpt)
    {
        _issueCount++;
        if (_issues.Count < _options.MaxIssues)
        {
            _issues.Add(new ParseIssue(code, severity, FileName, line, column, field, message, excerpt));
        }
        else if (_issues.Count == _options.MaxIssues)
        {
            _issues.Add(new ParseIssue(
                MatrixIssueCodes.TooManyIssues,
                IssueSeverity.Warning,
                FileName,
                line,
                null,
                null,
                "the issue limit was reached; later issues are counted in IssueCount but not listed"));
        }
    }
}

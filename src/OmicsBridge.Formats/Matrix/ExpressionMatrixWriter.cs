using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace OmicsBridge.Formats.Matrix;

/// <summary>
/// Writes a tab-separated matrix that <see cref="ExpressionMatrixReader"/> reads back exactly: values in their
/// shortest round-trip invariant form, missing values as <c>NA</c>, gzip when the path ends in <c>.gz</c>.
/// </summary>
/// <remarks>Ids are written as given; a tab or line break inside an id would break the file and is refused.</remarks>
public sealed class ExpressionMatrixWriter : IDisposable
{
    private readonly TextWriter _writer;
    private readonly int _columnCount;
    private readonly int _idCount;
    private readonly char[] _number = new char[32];

    /// <summary>Creates <paramref name="path"/> and writes the header line.</summary>
    public ExpressionMatrixWriter(string path, IReadOnlyList<string> idColumnNames, IReadOnlyList<string> columnIds)
        : this(OpenWriter(path), idColumnNames, columnIds)
    {
    }

    /// <summary>Writes to <paramref name="writer"/>, which this writer disposes; writes the header line.</summary>
    public ExpressionMatrixWriter(TextWriter writer, IReadOnlyList<string> idColumnNames, IReadOnlyList<string> columnIds)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(idColumnNames);
        ArgumentNullException.ThrowIfNull(columnIds);
        ArgumentOutOfRangeException.ThrowIfZero(idColumnNames.Count);
        _writer = writer;
        _idCount = idColumnNames.Count;
        _columnCount = columnIds.Count;
        WriteCells(idColumnNames);
        foreach (var column in columnIds)
        {
            _writer.Write('\t');
            WriteCell(column);
        }

        _writer.Write('\n');
    }

    /// <summary>Writes one row; <see cref="double.NaN"/> is written as <c>NA</c>.</summary>
    public void WriteRow(IReadOnlyList<string> ids, ReadOnlySpan<double> values)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count != _idCount || values.Length != _columnCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"expected {_idCount} id(s) and {_columnCount} value(s), got {ids.Count} and {values.Length}"),
                nameof(values));
        }

        WriteCells(ids);
        foreach (var value in values)
        {
            _writer.Write('\t');
            if (double.IsNaN(value))
            {
                _writer.Write("NA");
            }
            else
            {
                value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
                _writer.Write(_number, 0, written);
            }
        }

        _writer.Write('\n');
    }

    public void Dispose() => _writer.Dispose();

    private static StreamWriter OpenWriter(string path)
    {
        Stream stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            stream = new GZipStream(stream, CompressionLevel.Fastest);
        }

        return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
    }

    private void WriteCells(IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                _writer.Write('\t');
            }

            WriteCell(cells[i]);
        }
    }

    private void WriteCell(string cell)
    {
        if (cell.AsSpan().IndexOfAny('\t', '\n', '\r') >= 0 || cell.StartsWith('"'))
        {
            throw new ArgumentException("a matrix id may not contain a tab or line break, nor start with a quote", nameof(cell));
        }

        _writer.Write(cell);
    }
}

namespace OmicsBridge.Formats.Matrix;

/// <summary>
/// One line of an expression matrix, valid until the next <see cref="ExpressionMatrixReader.TryReadRow(out MatrixRow)"/>:
/// its id cells and one value per value column.
/// </summary>
/// <remarks>A missing cell (<c>NA</c>, <c>NaN</c>, empty, <c>.</c>, <c>-</c>, <c>null</c>, or a cell that failed to
/// parse) has <see cref="Missing"/> set and <see cref="double.NaN"/> in <see cref="Values"/>.</remarks>
public readonly ref struct MatrixRow
{
    internal MatrixRow(ReadOnlySpan<string> ids, ReadOnlySpan<double> values, ReadOnlySpan<bool> missing, long lineNumber)
    {
        Ids = ids;
        Values = values;
        Missing = missing;
        LineNumber = lineNumber;
    }

    /// <summary>The first id cell: the feature id (or the sample id when samples are in rows). It may be empty when a later id cell is not (cBioPortal rows with only an Entrez id).</summary>
    public string Id => Ids[0];

    /// <summary>Every id cell, in file order (cBioPortal: Hugo_Symbol, Entrez_Gene_Id).</summary>
    public ReadOnlySpan<string> Ids { get; }

    /// <summary>One value per <see cref="ExpressionMatrixReader.ColumnIds"/> entry.</summary>
    public ReadOnlySpan<double> Values { get; }

    /// <summary><see langword="true"/> where the value is missing.</summary>
    public ReadOnlySpan<bool> Missing { get; }

    /// <summary>The 1-based line of this row in the file.</summary>
    public long LineNumber { get; }
}

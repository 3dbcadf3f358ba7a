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

    /// <summary>
    /// The feature id (the sample id when samples are in rows): the first non-empty id cell, so a cBioPortal row
    /// with a blank <c>Hugo_Symbol</c> is identified by its <c>Entrez_Gene_Id</c>.
    /// </summary>
    public string Id
    {
        get
        {
            foreach (var id in Ids)
            {
                if (id.Length > 0)
                {
                    return id;
                }
            }

            return Ids[0];
        }
    }

    /// <summary>Every id cell, in file order (cBioPortal: Hugo_Symbol, Entrez_Gene_Id).</summary>
    public ReadOnlySpan<string> Ids { get; }

    /// <summary>One value per <see cref="ExpressionMatrixReader.ColumnIds"/> entry.</summary>
    public ReadOnlySpan<double> Values { get; }

    /// <summary><see langword="true"/> where the value is missing.</summary>
    public ReadOnlySpan<bool> Missing { get; }

    /// <summary>The 1-based line of this row in the file.</summary>
    public long LineNumber { get; }
}

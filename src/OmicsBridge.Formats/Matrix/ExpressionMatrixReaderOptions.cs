namespace OmicsBridge.Formats.Matrix;

/// <summary>How an <see cref="ExpressionMatrixReader"/> reads its file.</summary>
public sealed record ExpressionMatrixReaderOptions
{
    /// <summary>The shared defaults: features in rows, everything detected.</summary>
    public static ExpressionMatrixReaderOptions Default { get; } = new();

    /// <summary>Which way the matrix lies.</summary>
    public MatrixOrientation Orientation { get; init; } = MatrixOrientation.FeaturesInRows;

    /// <summary>The field delimiter; <see langword="null"/> detects it.</summary>
    public char? Delimiter { get; init; }

    /// <summary>
    /// How many leading columns hold ids; <see langword="null"/> takes the first column plus every following column
    /// whose header is a known id header (<c>Entrez_Gene_Id</c>, <c>Protein.Ids</c>, <c>Genes</c>, <c>Description</c>…).
    /// </summary>
    public int? IdColumnCount { get; init; }

    /// <summary>The namespace of the first id column when the caller knows it; <see langword="null"/> detects it.</summary>
    public FeatureNamespace? FeatureNamespace { get; init; }

    /// <summary>The most issues kept in <see cref="ExpressionMatrixReader.Issues"/>; further ones are only counted.</summary>
    public int MaxIssues { get; init; } = 1000;
}

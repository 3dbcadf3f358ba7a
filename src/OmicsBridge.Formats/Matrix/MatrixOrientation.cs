namespace OmicsBridge.Formats.Matrix;

/// <summary>Which way a matrix file lies.</summary>
public enum MatrixOrientation
{
    /// <summary>One feature per line, one sample per value column (cBioPortal, GEO series matrices, DIA-NN).</summary>
    FeaturesInRows,

    /// <summary>One sample per line, one feature per value column (most metabolomics exports).</summary>
    SamplesInRows,
}

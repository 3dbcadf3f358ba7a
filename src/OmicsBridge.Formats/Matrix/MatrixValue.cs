namespace OmicsBridge.Formats.Matrix;

/// <summary>One measured value in long form, whatever the file's orientation.</summary>
public readonly record struct MatrixValue(string Sample, string Feature, double Value);

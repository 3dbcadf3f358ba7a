namespace OmicsBridge.Governance.Suppression;

/// <summary>Small-cell rules: counts in 1…<see cref="Threshold"/>−1 are hidden; zeros are shown unless <see cref="SuppressZeros"/>.</summary>
public sealed record SuppressionOptions(int Threshold = 5, bool SuppressZeros = false)
{
    public static SuppressionOptions Default { get; } = new();

    public bool IsSmall(long count) => count < Threshold && (count > 0 || SuppressZeros);
}

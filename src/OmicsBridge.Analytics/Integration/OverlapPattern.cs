namespace OmicsBridge.Analytics.Integration;

/// <summary>How a cohort's modalities overlap across its patients (the four multi-omics integration settings).</summary>
public enum OverlapPattern
{
    /// <summary>The same patients have every modality (complete cases).</summary>
    Vertical,

    /// <summary>One modality, possibly measured across several cohorts or batches.</summary>
    Horizontal,

    /// <summary>Different modalities on different patients: no patient has two.</summary>
    Diagonal,

    /// <summary>Partial overlap: some patients have several modalities, not all have all.</summary>
    Mosaic,
}

namespace OmicsBridge.Governance.Suppression;

/// <summary>A 1-D table of counts and its total after suppression; <see cref="Shown"/> is null where hidden.</summary>
public sealed record SuppressedCounts(IReadOnlyList<long?> Shown, long? Total, IReadOnlyList<CellStatus> Status, CellStatus TotalStatus)
{
    public int SuppressedCount => Status.Count(s => s != CellStatus.Shown) + (TotalStatus == CellStatus.Shown ? 0 : 1);
}

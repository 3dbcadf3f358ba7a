namespace OmicsBridge.Governance.Suppression;

/// <summary>Why a cell is shown or hidden.</summary>
public enum CellStatus
{
    Shown,

    /// <summary>Hidden because the count itself is small.</summary>
    Primary,

    /// <summary>Hidden so that a primary cell cannot be recomputed from the totals (complementary suppression).</summary>
    Secondary,
}

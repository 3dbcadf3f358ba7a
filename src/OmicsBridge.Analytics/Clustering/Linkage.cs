namespace OmicsBridge.Analytics.Clustering;

/// <summary>Agglomeration methods, named as R's <c>hclust(method = ...)</c>.</summary>
public enum Linkage
{
    /// <summary>UPGMA: mean of all pairwise distances.</summary>
    Average,

    /// <summary>Largest pairwise distance.</summary>
    Complete,

    /// <summary>Smallest pairwise distance.</summary>
    Single,

    /// <summary>Ward's criterion on squared distances; heights are on the distance scale (R's <c>ward.D2</c>).</summary>
    WardD2,
}

namespace OmicsBridge.Analytics.Survival;

/// <summary>How a Cox model handles tied event times (<c>coxph(ties=)</c>).</summary>
public enum CoxTies
{
    /// <summary>Efron's approximation, R's default.</summary>
    Efron,

    /// <summary>Breslow's approximation.</summary>
    Breslow,
}

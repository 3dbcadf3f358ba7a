namespace OmicsBridge.Cohorts.Definition;

/// <summary>GISTIC-style discrete copy-number calls (copy_number.discrete_value 2, 1, -1, -2).</summary>
public enum CopyNumberCall
{
    Amp = 2,
    Gain = 1,
    HetLoss = -1,
    HomDel = -2,
}

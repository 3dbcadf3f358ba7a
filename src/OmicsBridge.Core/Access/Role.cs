namespace OmicsBridge.Core.Access;

/// <summary>A named role and the actions it holds (purposes are checked by the access policy that defines the role).</summary>
public sealed record Role(string Name, DataAction Actions)
{
    public const string Admin = "admin";
    public const string DataSteward = "data_steward";
    public const string Clinician = "clinician";
    public const string Researcher = "researcher";
    public const string Auditor = "auditor";

    public bool Allows(DataAction action) => action != DataAction.None && (Actions & action) == action;
}

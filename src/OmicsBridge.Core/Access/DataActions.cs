namespace OmicsBridge.Core.Access;

/// <summary>
/// The snake_case names of <see cref="DataAction"/> flags as written in <c>omicsbridge.yaml</c>
/// (<c>read_identified</c>, <c>read_pseudonymised</c>, <c>re_identify</c>…).
/// </summary>
public static class DataActions
{
    private static readonly (DataAction Action, string Name)[] s_names =
    [
        (DataAction.ReadIdentified, "read_identified"),
        (DataAction.ReadPseudonymised, "read_pseudonymised"),
        (DataAction.ReIdentify, "re_identify"),
        (DataAction.ReadAudit, "read_audit"),
        (DataAction.Ingest, "ingest"),
        (DataAction.ManageKeys, "manage_keys"),
        (DataAction.ManageConsent, "manage_consent"),
        (DataAction.All, "all"),
    ];

    /// <summary>The name of one action, e.g. <c>re_identify</c>.</summary>
    public static string Name(DataAction action)
    {
        foreach (var (value, name) in s_names)
        {
            if (value == action)
            {
                return name;
            }
        }

        return string.Join(",", Split(action).Select(Name));
    }

    /// <summary>Parses one action name (case-insensitive; <c>-</c> and <c>_</c> both accepted).</summary>
    public static bool TryParse(string? text, out DataAction action)
    {
        action = DataAction.None;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var key = text.Trim().Replace('-', '_').ToLowerInvariant();
        foreach (var (value, name) in s_names)
        {
            if (name == key)
            {
                action = value;
                return true;
            }
        }

        return false;
    }

    /// <summary>The single flags contained in <paramref name="actions"/>, lowest first.</summary>
    public static IEnumerable<DataAction> Split(DataAction actions)
    {
        for (var bit = 1; bit <= (int)DataAction.ManageConsent; bit <<= 1)
        {
            var flag = (DataAction)bit;
            if ((actions & flag) != 0)
            {
                yield return flag;
            }
        }
    }

    /// <summary>All flags of a set, as names (<c>read_pseudonymised, read_audit</c>).</summary>
    public static string Describe(DataAction actions)
        => actions == DataAction.None
            ? "none"
            : string.Join(", ", Split(actions).Select(Name));
}

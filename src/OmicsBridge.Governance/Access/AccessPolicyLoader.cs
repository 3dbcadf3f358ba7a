using OmicsBridge.Core.Access;
using OmicsBridge.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OmicsBridge.Governance.Access;

/// <summary>
/// Reads the <c>roles:</c> and <c>profiles:</c> sections of omicsbridge.yaml into an <see cref="AccessPolicy"/>.
/// Other sections are left to their owners. A file without <c>roles:</c> gets <see cref="AccessPolicy.DefaultRoles"/>.
/// </summary>
/// <remarks>
/// <code>
/// roles:
///   researcher:
///     actions: [read_pseudonymised]
///     purposes: [research]           # any, research, a DUO id, DS:MONDO:…
///   genomics_analyst:
///     actions: [read_pseudonymised]
///     purposes: [DUO:0000007:MONDO:0005015]
/// profiles:
///   default: { user: alice, role: data_steward }
/// </code>
/// Every problem is collected as a positioned <c>GOV1xx</c> issue and thrown together.
/// </remarks>
public static class AccessPolicyLoader
{
    public static AccessPolicy LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Load(reader, path);
    }

    public static AccessPolicy Load(TextReader reader, string fileName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw OmicsBridgeException.FromIssue(
                new ParseIssue("GOV101", IssueSeverity.Fatal, fileName, ex.Start.Line, (int)ex.Start.Column, null, $"invalid YAML: {ex.Message}"), ex);
        }

        var issues = new List<ParseIssue>();
        var root = stream.Documents.Count > 0 ? stream.Documents[0].RootNode as YamlMappingNode : null;
        var roles = new List<RoleDefinition>();
        var profiles = new List<CallerProfile>();
        var rolesNode = root is null ? null : Child(root, "roles");
        if (rolesNode is null)
        {
            roles.AddRange(AccessPolicy.DefaultRoles);
        }
        else if (rolesNode is not YamlMappingNode roleMap)
        {
            issues.Add(Issue("GOV102", fileName, rolesNode, "roles", "roles must be a mapping of role name to its actions and purposes"));
        }
        else
        {
            foreach (var (key, value) in roleMap.Children)
            {
                ReadRole(fileName, ((YamlScalarNode)key).Value ?? "", value, roles, issues);
            }
        }

        if (root is not null && Child(root, "profiles") is YamlMappingNode profileMap)
        {
            foreach (var (key, value) in profileMap.Children)
            {
                ReadProfile(fileName, ((YamlScalarNode)key).Value ?? "", value, profiles, issues);
            }
        }

        var roleNames = roles.Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var profile in profiles.Where(p => !roleNames.Contains(p.Role)))
        {
            issues.Add(new ParseIssue("GOV107", IssueSeverity.Error, fileName, 0, null, $"profiles.{profile.Name}.role",
                $"profile '{profile.Name}' names role '{profile.Role}', which is not defined"));
        }

        if (issues.Count > 0)
        {
            throw OmicsBridgeException.InvalidInput(
                $"{fileName}: {issues.Count} problem(s) in roles/profiles: {string.Join("; ", issues.Select(i => i.ToString()))}", issues);
        }

        return new AccessPolicy(roles, profiles);
    }

    private static void ReadRole(string file, string name, YamlNode node, List<RoleDefinition> roles, List<ParseIssue> issues)
    {
        if (node is not YamlMappingNode map)
        {
            issues.Add(Issue("GOV102", file, node, $"roles.{name}", "a role must be a mapping with actions: and purposes:"));
            return;
        }

        var actions = DataAction.None;
        foreach (var item in Scalars(Child(map, "actions")))
        {
            if (DataActions.TryParse(item.Value, out var action))
            {
                actions |= action;
            }
            else
            {
                issues.Add(Issue("GOV103", file, item, $"roles.{name}.actions",
                    $"unknown action '{item.Value}' (read_identified, read_pseudonymised, re_identify, read_audit, ingest, manage_keys, manage_consent, all)"));
            }
        }

        var purposes = new List<PurposeRule>();
        foreach (var item in Scalars(Child(map, "purposes")))
        {
            if (PurposeRule.IsValid(item.Value ?? ""))
            {
                purposes.Add(new PurposeRule(item.Value!.Trim()));
            }
            else
            {
                issues.Add(Issue("GOV104", file, item, $"roles.{name}.purposes",
                    $"'{item.Value}' is not a purpose rule (any, research, a DUO id such as DUO:0000042, or DS:<disease>)"));
            }
        }

        if (actions == DataAction.None)
        {
            issues.Add(Issue("GOV105", file, map, $"roles.{name}", "a role needs at least one action"));
        }

        var description = Child(map, "description") is YamlScalarNode d ? d.Value : null;
        roles.Add(new RoleDefinition(name, actions, purposes, description));
    }

    private static void ReadProfile(string file, string name, YamlNode node, List<CallerProfile> profiles, List<ParseIssue> issues)
    {
        if (node is not YamlMappingNode map || Child(map, "role") is not YamlScalarNode { Value: { Length: > 0 } role })
        {
            issues.Add(Issue("GOV106", file, node, $"profiles.{name}", "a profile needs at least role: (and usually user:)"));
            return;
        }

        var user = Child(map, "user") is YamlScalarNode { Value: { Length: > 0 } u } ? u : Environment.UserName;
        var purpose = Child(map, "purpose") is YamlScalarNode p ? p.Value : null;
        if (purpose is not null && !Purpose.TryParse(purpose, out _, out var error))
        {
            issues.Add(Issue("GOV104", file, map, $"profiles.{name}.purpose", error!));
        }

        profiles.Add(new CallerProfile(name, user, role, purpose));
    }

    private static YamlNode? Child(YamlMappingNode map, string key)
        => map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private static IEnumerable<YamlScalarNode> Scalars(YamlNode? node) => node switch
    {
        YamlSequenceNode sequence => sequence.Children.OfType<YamlScalarNode>(),
        YamlScalarNode { Value: { Length: > 0 } } scalar => [scalar],
        _ => [],
    };

    private static ParseIssue Issue(string code, string file, YamlNode node, string field, string message)
        => new(code, IssueSeverity.Error, file, node.Start.Line, (int)node.Start.Column, field, message);
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using OmicsBridge.Cohorts.Running;
using OmicsBridge.Core.Diagnostics;

namespace OmicsBridge.Cohorts.Saving;

/// <summary>
/// Saved cohorts under the workspace: <c>cohorts/NAME/vK.json</c> (the receipt) and <c>cohorts/NAME/vK.members.txt</c>
/// (one patient id a line). Versions are never rewritten; saving again adds version K+1.
/// </summary>
public sealed partial class CohortStore(string workspaceRoot, TimeProvider? clock = null)
{
    private static readonly JsonSerializerOptions s_json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public string Root => Path.Combine(workspaceRoot, "cohorts");

    /// <summary>SHA-256 (hex) of the canonical definition text.</summary>
    public static string Hash(string canonicalDefinition) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalDefinition ?? "")));

    public CohortReceipt Save(string name, CohortMembers members, string? document)
    {
        ArgumentNullException.ThrowIfNull(members);
        CheckName(name);
        var folder = Path.Combine(Root, name);
        Directory.CreateDirectory(folder);
        var version = Versions(name).DefaultIfEmpty(0).Max() + 1;
        var membersFile = string.Create(CultureInfo.InvariantCulture, $"v{version}.members.txt");
        var receipt = new CohortReceipt(name, version, _clock.GetUtcNow(), members.Definition, Hash(members.Definition), document,
            members.Index, members.LakeVersion, members.TableVersions, members.TablesRead, members.PatientIds.Count, membersFile, members.Warnings);

        // Members first, receipt last: a receipt on disk always has its members beside it.
        WriteAtomically(Path.Combine(folder, membersFile), string.Concat(members.PatientIds.Select(id => id + "\n")));
        WriteAtomically(ReceiptPath(name, version), JsonSerializer.Serialize(receipt, s_json));
        return receipt;
    }

    public IReadOnlyList<int> Versions(string name)
    {
        CheckName(name);
        var folder = Path.Combine(Root, name);
        if (!Directory.Exists(folder))
        {
            return [];
        }

        return [.. Directory.EnumerateFiles(folder, "v*.json")
            .Select(f => ReceiptFile().Match(Path.GetFileName(f)))
            .Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))
            .Order()];
    }

    /// <summary>Every saved cohort name.</summary>
    public IReadOnlyList<string> Names() =>
        Directory.Exists(Root)
            ? [.. Directory.EnumerateDirectories(Root).Select(Path.GetFileName).OfType<string>().Where(n => Versions(n).Count > 0).Order(StringComparer.Ordinal)]
            : [];

    /// <summary>The receipt of <paramref name="version"/> (default: the latest) of a saved cohort.</summary>
    public CohortReceipt Load(string name, int? version = null)
    {
        var versions = Versions(name);
        if (versions.Count == 0)
        {
            var known = Names();
            throw OmicsBridgeException.NotFound($"No saved cohort named '{name}'."
                + (known.Count == 0 ? " None is saved yet: omicsbridge cohort save NAME DEFINITION" : $" Saved cohorts: {string.Join(", ", known)}."));
        }

        var wanted = version ?? versions[^1];
        if (!versions.Contains(wanted))
        {
            throw OmicsBridgeException.NotFound(string.Create(CultureInfo.InvariantCulture,
                $"Cohort '{name}' has no version {wanted}; it has {string.Join(", ", versions.Select(v => "v" + v.ToString(CultureInfo.InvariantCulture)))}."));
        }

        var json = File.ReadAllText(ReceiptPath(name, wanted));
        return JsonSerializer.Deserialize<CohortReceipt>(json, s_json)
            ?? throw OmicsBridgeException.InvalidInput($"The receipt of cohort '{name}' v{wanted} is empty.");
    }

    public IReadOnlyList<string> LoadMembers(CohortReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return [.. File.ReadLines(Path.Combine(Root, receipt.Name, receipt.MembersFile)).Where(l => l.Length > 0)];
    }

    private string ReceiptPath(string name, int version) =>
        Path.Combine(Root, name, string.Create(CultureInfo.InvariantCulture, $"v{version}.json"));

    private static void CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name) || !CohortName().IsMatch(name))
        {
            throw OmicsBridgeException.Usage($"'{name}' is not a cohort name: use letters, digits, '-', '_' and '.' (not starting with '.').");
        }
    }

    private static void WriteAtomically(string path, string text)
    {
        var temporary = path + ".tmp";
        File.WriteAllText(temporary, text);
        File.Move(temporary, path, overwrite: true);
    }

    [GeneratedRegex(@"^v([0-9]+)\.json$")]
    private static partial Regex ReceiptFile();

    [GeneratedRegex(@"^[A-Za-z0-9_\-][A-Za-z0-9_.\-]{0,99}$")]
    private static partial Regex CohortName();
}

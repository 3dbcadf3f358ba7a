using OmicsBridge.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace OmicsBridge.Lake.Workspace;

/// <summary>
/// A workspace folder: settings, the content-addressed landing zone, the Delta lake, keys and the audit log.
/// </summary>
public sealed class Workspace
{
    public const string EnvironmentVariable = "OMICSBRIDGE_WORKSPACE";

    private Workspace(string root, WorkspaceSettings settings)
    {
        Root = root;
        Settings = settings;
    }

    public string Root { get; }

    public WorkspaceSettings Settings { get; }

    public string SettingsPath => Path.Combine(Root, WorkspaceTemplate.FileName);

    public string LandingPath => Path.Combine(Root, "landing");

    public string LakePath => Path.Combine(Root, "lake");

    public string KeysPath => Path.Combine(Root, "keys");

    public string AuditPath => Path.Combine(Root, "audit");

    /// <summary>The folder a command works on: the option, else <c>OMICSBRIDGE_WORKSPACE</c>, else the current directory.</summary>
    public static string ResolveRoot(string? option)
    {
        var chosen = !string.IsNullOrWhiteSpace(option) ? option
            : Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment
            : Directory.GetCurrentDirectory();
        return Path.GetFullPath(chosen);
    }

    /// <summary>Creates the workspace layout and a commented settings file in <paramref name="directory"/>.</summary>
    public static Workspace Init(string directory)
    {
        var root = Path.GetFullPath(directory);
        var settingsPath = Path.Combine(root, WorkspaceTemplate.FileName);
        if (File.Exists(settingsPath))
        {
            throw OmicsBridgeException.Usage($"{root} is already an OmicsBridge workspace ({WorkspaceTemplate.FileName} exists).");
        }

        if (File.Exists(root))
        {
            throw OmicsBridgeException.Usage($"{root} is a file, not a folder.");
        }

        foreach (var folder in new[] { "landing/sha256", "lake", "keys", "audit" })
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
        }

        var project = new DirectoryInfo(root).Name;
        // The owner's name is quoted in YAML; a quote or backslash in it would end the string early.
        var owner = Environment.UserName.Replace("\\", "", StringComparison.Ordinal).Replace("\"", "", StringComparison.Ordinal);
        File.WriteAllText(settingsPath, WorkspaceTemplate.Render(project, owner) + "\n");
        return Open(root);
    }

    /// <summary>Opens an existing workspace; a folder without <c>omicsbridge.yaml</c> is refused with how to make one.</summary>
    public static Workspace Open(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw OmicsBridgeException.NotFound($"Workspace {root} does not exist. Create it with: omicsbridge init {directory}");
        }

        var settingsPath = Path.Combine(root, WorkspaceTemplate.FileName);
        if (!File.Exists(settingsPath))
        {
            throw OmicsBridgeException.NotFound(
                $"{root} is not an OmicsBridge workspace (no {WorkspaceTemplate.FileName}). Create one with: omicsbridge init {directory}");
        }

        return new Workspace(root, ReadSettings(settingsPath));
    }

    private static WorkspaceSettings ReadSettings(string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(UnderscoredNamingConvention.Instance)
            .Build();
        try
        {
            using var reader = new StreamReader(path);
            var settings = deserializer.Deserialize<WorkspaceSettings?>(reader) ?? new WorkspaceSettings();
            settings.Identity.SystemAliases = new Dictionary<string, string>(
                settings.Identity.SystemAliases ?? [], StringComparer.OrdinalIgnoreCase);
            return settings;
        }
        catch (YamlException ex)
        {
            var issue = new ParseIssue(
                "CFG001", IssueSeverity.Fatal, path, ex.Start.Line, (int)ex.Start.Column, null,
                $"invalid settings: {(ex.InnerException ?? ex).Message}");
            throw OmicsBridgeException.FromIssue(issue, ex);
        }
    }
}

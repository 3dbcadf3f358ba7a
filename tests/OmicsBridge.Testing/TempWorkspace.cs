using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Workspace;

namespace OmicsBridge.Testing;

/// <summary>A real workspace in a temp folder (real DuckDB, real files), removed on dispose.</summary>
public sealed class TempWorkspace : IDisposable
{
    private readonly TempDirectory _directory = new("ob-ws");

    public TempWorkspace()
    {
        Workspace = Workspace.Init(Path.Combine(_directory.Path, "ws"));
        Lake = new LakeStore(Workspace);
    }

    public Workspace Workspace { get; }

    public LakeStore Lake { get; }

    public string Root => Workspace.Root;

    /// <summary>A scratch folder beside the workspace for input files.</summary>
    public string Inputs
    {
        get
        {
            var path = Path.Combine(_directory.Path, "inputs");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    /// <summary>Writes a text input file and returns its path.</summary>
    public string WriteInput(string name, string content)
    {
        var path = Path.Combine(Inputs, name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => _directory.Dispose();
}

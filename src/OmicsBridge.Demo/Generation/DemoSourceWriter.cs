namespace OmicsBridge.Demo.Generation;

/// <summary>Writes every source file of a cohort into a folder.</summary>
public static class DemoSourceWriter
{
    public static DemoSources Write(DemoCohort cohort, string folder)
    {
        Directory.CreateDirectory(folder);
        var manifest = Path.Combine(folder, "samples.csv");
        DemoManifestWriter.Write(cohort, manifest);
        var files = new List<DemoSource> { new("manifest", manifest) };
        files.AddRange(DemoExpressionWriter.Write(cohort, folder).Select(p => new DemoSource("matrix", p)));
        return new DemoSources(files);
    }
}

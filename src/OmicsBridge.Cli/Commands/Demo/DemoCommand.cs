using System.ComponentModel;
using System.Diagnostics;
using OmicsBridge.Cli.Commands.Ingest;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Demo.Generation;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Workspace;
using OmicsBridge.Pipeline.Ingest;
using OmicsBridge.Pipeline.Ingest.Sources;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Demo;

[Description("Generate a deterministic synthetic cohort (planted faults included), ingest it into a new workspace, and summarise it.")]
public sealed class DemoCommand(CliConsole console) : Command<DemoCommand.Settings>
{
    private const string Marker = ".omicsbridge-demo";

    public sealed class Settings : CommandSettings
    {
        [CommandOption("--out <DIR>")]
        [Description("Workspace folder to create (a previous demo there is replaced). Default: ./omicsbridge-demo")]
        public string Out { get; init; } = "omicsbridge-demo";

        [CommandOption("--patients <N>")]
        [Description("Number of synthetic patients (default 500).")]
        [DefaultValue(500)]
        public int Patients { get; init; } = 500;

        [CommandOption("--seed <S>")]
        [Description("Random seed; the same seed gives the same files byte for byte (default 42).")]
        [DefaultValue(42)]
        public int Seed { get; init; } = 42;

        [CommandOption("--genes <N>")]
        [Description("Genes per expression matrix (default 2000).")]
        [DefaultValue(2000)]
        public int Genes { get; init; } = 2000;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var options = new DemoOptions(settings.Patients, settings.Seed, settings.Genes);
        options.Validate();
        var root = Path.GetFullPath(settings.Out);
        PrepareFolder(root);

        console.Ui.Write(new Rule("[bold]OmicsBridge demo[/]").LeftJustified());
        var cohort = DemoCohort.Create(options);
        var sources = DemoSourceWriter.Write(cohort, Path.Combine(root, "sources"));
        console.Ui.MarkupLineInterpolated($"Generated {cohort.Patients.Count} patients (seed {options.Seed}) → {sources.Files.Count} source files in {Path.Combine(root, "sources")}");

        var workspace = Workspace.Init(root);
        File.WriteAllText(Path.Combine(root, Marker), "Made by `omicsbridge demo`; a later demo run replaces this folder.\n");
        var lake = new LakeStore(workspace);
        var ingest = new IngestService(lake, SourceIngesters.All());
        foreach (var group in sources.Files.GroupBy(f => f.Kind))
        {
            console.Ui.Write(new Rule($"ingest {group.Key}").LeftJustified());
            var report = ingest.Run(group.Key, [.. group.Select(f => f.Path)], IngestAutoCommand.Options(), null, cancellationToken);
            IngestRunner.Print(console, OutputFormat.Table, report);
        }

        new DemoSummary(console, new QueryGate(lake)).Print();
        console.Ui.WriteLine();
        console.Ui.MarkupLineInterpolated($"[green]Demo ready[/] in {stopwatch.Elapsed.TotalSeconds:F1} s: {root}");
        console.Ui.MarkupLineInterpolated($"Try: omicsbridge sql \"SELECT a.modality, count(*) AS n FROM molecular_measurement m JOIN assay a USING (assay_id) GROUP BY 1\" -w {settings.Out}");
        return ExitCodes.Ok;
    }

    private static void PrepareFolder(string root)
    {
        if (!Directory.Exists(root))
        {
            return;
        }

        if (File.Exists(Path.Combine(root, Marker)))
        {
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                File.SetAttributes(file, FileAttributes.Normal);
            }

            Directory.Delete(root, recursive: true);
            return;
        }

        if (Directory.EnumerateFileSystemEntries(root).Any())
        {
            throw Core.Diagnostics.OmicsBridgeException.Usage($"{root} exists and is not a previous demo; choose another folder with --out.");
        }
    }
}

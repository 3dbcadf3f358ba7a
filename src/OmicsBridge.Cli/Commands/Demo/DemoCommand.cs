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
using OmicsBridge.Pipeline.Ingest.Sources.Clinical;
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

        Workspace.Init(root);
        var workspace = AliasClinicalSystems(root);
        File.WriteAllText(Path.Combine(root, Marker), "Made by `omicsbridge demo`; a later demo run replaces this folder.\n");
        var lake = new LakeStore(workspace);
        var ingest = new IngestService(lake, SourceIngesters.All());
        // A CSV extract is read through its own mapping, so each mapping is a run of its own (as `ingest csv --mapping`).
        foreach (var group in sources.Files.GroupBy(f => (f.Kind, f.Mapping)))
        {
            var (kind, mapping) = group.Key;
            console.Ui.Write(new Rule(mapping is null ? $"ingest {kind}" : $"ingest {kind} --mapping {Path.GetFileName(mapping)}").LeftJustified());
            var service = mapping is null ? ingest
                : new IngestService(lake, SourceIngesters.All().Where(i => i.Kind != kind).Append(new CsvMappingIngester(mapping)));
            var report = service.Run(kind, [.. group.Select(f => f.Path)], IngestAutoCommand.Options(), null, cancellationToken);
            IngestRunner.Print(console, OutputFormat.Table, report);
        }

        var summary = new DemoSummary(console, new QueryGate(lake));
        summary.Print();
        summary.PrintClinical(DemoClinicalTruth.Create(cohort).DiabeticsWithHighHbA1c.Count);
        console.Ui.WriteLine();
        new DemoGovernance(console, new QueryGate(lake)).Run();
        console.Ui.WriteLine();
        var reportPath = new DemoShowcase(console, workspace).Run();
        console.Ui.WriteLine();
        console.Ui.MarkupLineInterpolated($"[green]Demo ready[/] in {stopwatch.Elapsed.TotalSeconds:F1} s: {root}");
        console.Ui.MarkupLineInterpolated($"Try: omicsbridge sql \"SELECT a.modality, count(*) AS n FROM molecular_measurement m JOIN assay a USING (assay_id) GROUP BY 1\" -w {settings.Out}");
        console.Ui.MarkupLineInterpolated($"Report: {reportPath}");
        return ExitCodes.Ok;
    }

    /// <summary>
    /// Declares the FHIR MRN system and the HL7 assigning authority of the generated sources as spellings of <c>MRN</c>
    /// (identity.system_aliases), so FHIR, HL7 v2, CSV and the manifest name one person with one patient_id.
    /// </summary>
    private static Workspace AliasClinicalSystems(string root)
    {
        var settings = Path.Combine(root, "omicsbridge.yaml");
        var text = File.ReadAllText(settings);
        const string key = "  system_aliases:\n";
        var at = text.IndexOf(key, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("The workspace template no longer has an identity.system_aliases key.");
        }

        var aliases = $"    \"{DemoFhirWriter.MrnSystem}\": MRN\n    \"{DemoHl7Writer.AssigningAuthority}\": MRN\n";
        File.WriteAllText(settings, text.Insert(at + key.Length, aliases));
        return Workspace.Open(root);
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

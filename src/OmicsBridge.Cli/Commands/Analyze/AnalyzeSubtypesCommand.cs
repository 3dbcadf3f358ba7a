using System.ComponentModel;
using System.Globalization;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Lake.Catalog;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Analyze;

[Description("Discover subtypes: consensus (Monti 2003), k-means or hierarchical clustering with silhouettes; on a workspace the assignment is saved as a patient attribute.")]
public sealed class AnalyzeSubtypesCommand(CliConsole console) : Command<AnalyzeSubtypesCommand.Settings>
{
    public sealed class Settings : AnalyzeSettings
    {
        [CommandOption("--matrix <FILE>")]
        [Description("Features × samples TSV/CSV; without it, the workspace's --modality.")]
        public string? Matrix { get; init; }

        [CommandOption("--modality <MODALITY>")]
        [Description("Workspace: modality of molecular_measurement to cluster.")]
        public string Modality { get; init; } = "transcriptomics";

        [CommandOption("--method <METHOD>")]
        [Description("consensus (default), kmeans or hierarchical (Ward.D2).")]
        public string Method { get; init; } = "consensus";

        [CommandOption("--max-k <K>")]
        [Description("Largest k tried (from 2). Default 6.")]
        public int MaxK { get; init; } = 6;

        [CommandOption("-k|--clusters <K>")]
        [Description("Use this k instead of the best mean silhouette.")]
        public int? K { get; init; }

        [CommandOption("--top <N>")]
        [Description("Cluster on the N most variable features. Default 500.")]
        public int Top { get; init; } = 500;

        [CommandOption("--repetitions <N>")]
        [Description("Consensus resampling rounds. Default 100.")]
        public int Repetitions { get; init; } = 100;

        [CommandOption("--seed <SEED>")]
        public int Seed { get; init; } = 1;

        [CommandOption("--name <NAME>")]
        [Description("Workspace: attribute name to save the assignment under. Default subtype.")]
        public string Name { get; init; } = "subtype";
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var request = new SubtypeDiscovery.Request(settings.Method, settings.MaxK, settings.K, settings.Top, settings.Repetitions, settings.Seed);
        if (settings.Matrix is not null)
        {
            SubtypeDiscovery.Run(MatrixFile.Read(settings.Matrix), request).Output.Write(console, console.Resolve(settings.Format));
            return ExitCodes.Ok;
        }

        var gate = Services.Gate(settings);
        var lake = LakeMatrix.Load(gate, settings.Modality);
        var (complete, _) = LakeMatrix.CompleteFeatures(lake.Matrix);
        var outcome = SubtypeDiscovery.Run(complete, request);
        var saved = Save(new LakeStore(Services.OpenWorkspace(settings)), gate, lake, outcome, settings.Name, settings.Method);
        outcome.Output.Add("saved", ["attribute", "version", "lake_version", "patients"],
            [[settings.Name, saved.Version, saved.LakeVersion, (long)saved.Patients]]);
        outcome.Output.Write(console, console.Resolve(settings.Format));
        return ExitCodes.Ok;
    }

    /// <summary>One value per patient: the cluster of the patient's first assay (by assay id) that was clustered.</summary>
    internal static (long Version, long LakeVersion, int Patients) Save(
        LakeStore store, Governance.Gate.QueryGate gate, LakeMatrix lake, SubtypeDiscovery.Outcome outcome, string name, string method)
    {
        var byPatient = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var j = 0; j < lake.Matrix.Samples.Count; j++)
        {
            if (lake.Patients[j] is { } patient)
            {
                byPatient.TryAdd(patient, outcome.Clusters[j].ToString(CultureInfo.InvariantCulture));
            }
        }

        var (version, lakeVersion) = PatientAttributeWriter.Save(store, gate, name, byPatient,
            string.Create(CultureInfo.InvariantCulture, $"analyze subtypes --method {method} --k {outcome.K} --features {outcome.Features.Count}"));
        return (version, lakeVersion, byPatient.Count);
    }
}

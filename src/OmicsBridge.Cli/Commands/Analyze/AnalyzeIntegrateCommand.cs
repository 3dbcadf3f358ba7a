using System.ComponentModel;
using OmicsBridge.Analytics.Integration;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Core.Diagnostics;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Analyze;

[Description("Integrate modalities: early (scaled concatenation with missing masks), intermediate (similarity network fusion, Wang et al. 2014) or late (cluster of clusters).")]
public sealed class AnalyzeIntegrateCommand(CliConsole console) : Command<AnalyzeIntegrateCommand.Settings>
{
    public sealed class Settings : AnalyzeSettings
    {
        [CommandOption("--strategy <STRATEGY>")]
        [Description("early, intermediate or late.")]
        public string Strategy { get; init; } = "";

        [CommandOption("--matrices <NAME=FILE,...>")]
        [Description("Features × samples files whose sample ids are patient ids, one per modality; without it, the workspace's modalities.")]
        public string? Matrices { get; init; }

        [CommandOption("--out <FILE>")]
        [Description("Early: where to write the matrix (.csv, or .parquet).")]
        public string? Out { get; init; }

        [CommandOption("-k|--clusters <K>")]
        [Description("Intermediate/late: number of clusters. Default: the fused network's eigengap (intermediate), 3 (late).")]
        public int? K { get; init; }

        [CommandOption("--neighbours <K>")]
        [Description("kNN for imputation (early) and SNF's neighbourhood (intermediate). Default 10 / 20.")]
        public int? Neighbours { get; init; }

        [CommandOption("--seed <SEED>")]
        public int Seed { get; init; } = 1;

        public override Spectre.Console.ValidationResult Validate()
        {
            if (Strategy is not ("early" or "intermediate" or "late"))
            {
                return Spectre.Console.ValidationResult.Error("--strategy must be early, intermediate or late.");
            }

            return Strategy == "early" && Out is null
                ? Spectre.Console.ValidationResult.Error("--strategy early needs --out FILE (.csv or .parquet).")
                : base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var blocks = settings.Matrices is not null
            ? IntegrationInputs.BlocksFromFiles(AnalyzeSettings.List(settings.Matrices))
            : IntegrationInputs.BlocksFromLake(Services.Gate(settings));
        if (blocks.Count == 0)
        {
            throw OmicsBridgeException.NotFound("No quantitative modality to integrate.");
        }

        var output = new AnalysisOutput();
        output.Add("modalities", ["modality", "patients", "features"],
            blocks.Select(b => new object?[] { b.Name, (long)b.PatientIds.Count, (long)b.FeatureIds.Count }));
        switch (settings.Strategy)
        {
            case "early":
                var matrix = EarlyIntegration.Build(blocks, settings.Neighbours ?? 10);
                IntegrationInputs.Export(matrix, settings.Out!);
                output.Add("early", ["patients", "features", "out"], [[(long)matrix.PatientIds.Count, (long)matrix.FeatureIds.Count, settings.Out]]);
                break;
            case "intermediate":
                var probe = SimilarityNetworkFusion.Fuse(blocks, new SnfOptions { Neighbours = settings.Neighbours ?? 20, Seed = settings.Seed });
                var k = settings.K ?? probe.EigenGapClusters;
                var snf = SimilarityNetworkFusion.Fuse(blocks, new SnfOptions { Neighbours = settings.Neighbours ?? 20, Clusters = k, Seed = settings.Seed });
                output.Add("snf", ["patients", "k", "eigengap_k", "method"],
                    [[(long)snf.PatientIds.Count, (long)k, (long)snf.EigenGapClusters, "Similarity Network Fusion (Wang et al. 2014, Nat Methods 11:333)"]]);
                output.Add("assignment", ["patient_id", "cluster"], snf.PatientIds.Select((p, i) => new object?[] { p, (long)snf.Clusters[i] }));
                break;
            default:
                var late = LateIntegration.ClusterOfClusters(blocks, settings.K ?? 3, settings.Seed);
                var names = late.ModalityClusters.Keys.Order(StringComparer.Ordinal).ToArray();
                output.Add("assignment", ["patient_id", "cluster", .. names.Select(n => n + "_cluster")],
                    late.PatientIds.Select((p, i) => new object?[] { p, (long)late.Clusters[i] }
                        .Concat(names.Select(n => late.ModalityClusters[n][i] == 0 ? null : (object?)(long)late.ModalityClusters[n][i])).ToArray()));
                break;
        }

        output.Write(console, console.Resolve(settings.Format));
        return ExitCodes.Ok;
    }
}

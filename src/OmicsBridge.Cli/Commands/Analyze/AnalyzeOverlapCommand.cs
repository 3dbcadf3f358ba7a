using System.ComponentModel;
using OmicsBridge.Analytics.Integration;
using OmicsBridge.Analytics.Plots;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Suppression;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Analyze;

[Description("The cohort's overlap pattern across modalities (vertical, horizontal, diagonal, mosaic), per-combination counts and the recommended integration strategy.")]
public sealed class AnalyzeOverlapCommand(CliConsole console) : Command<AnalyzeOverlapCommand.Settings>
{
    public sealed class Settings : AnalyzeSettings
    {
        [CommandOption("--input <FILE>")]
        [Description("Analyse this CSV/TSV file instead of the workspace.")]
        public string? Input { get; init; }

        [CommandOption("--patient <COL>")]
        [Description("With --input: the patient column. Default patient_id.")]
        public string Patient { get; init; } = "patient_id";

        [CommandOption("--modality <COL>")]
        [Description("With --input: the modality column. Default modality.")]
        public string Modality { get; init; } = "modality";

        [CommandOption("--plot <FILE>")]
        [Description("UpSet-style chart of the combinations (.png or .svg).")]
        public string? Plot { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        IntegrationInputs.Membership membership;
        SuppressionOptions? suppression = null;
        if (settings.Input is not null)
        {
            membership = IntegrationInputs.FromFile(settings.Input, settings.Patient, settings.Modality);
        }
        else
        {
            var gate = Services.Gate(settings);
            membership = IntegrationInputs.FromLake(gate);
            suppression = gate.IsPseudonymised ? gate.Governance.Suppression : null;
        }

        var result = OverlapAnalysis.Analyze(membership.Patients, membership.Features, membership.Batches);
        if (settings.Plot is not null && !OverlapReport.MayPlot(result, suppression))
        {
            throw OmicsBridgeException.Forbidden(OverlapReport.NoPlotReason(suppression!));
        }

        if (settings.Plot is not null)
        {
            UpSetPlot.Save(membership.Patients, settings.Plot, new PlotOptions { Title = "Patients per modality combination" });
        }

        OverlapReport.Tables(result, membership, suppression).Write(console, console.Resolve(settings.Format));
        return ExitCodes.Ok;
    }
}

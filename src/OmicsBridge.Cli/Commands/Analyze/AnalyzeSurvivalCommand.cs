using System.ComponentModel;
using OmicsBridge.Analytics.Survival;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Core.Diagnostics;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Analyze;

[Description("Kaplan–Meier curves, medians, at-risk numbers, log-rank test and Cox regression (as R's survival package).")]
public sealed class AnalyzeSurvivalCommand(CliConsole console) : Command<AnalyzeSurvivalCommand.Settings>
{
    public sealed class Settings : AnalyzeSettings
    {
        [CommandOption("--input <FILE>")]
        [Description("Analyse this CSV/TSV file instead of the workspace.")]
        public string? Input { get; init; }

        [CommandOption("--time <COL>")]
        [Description("Follow-up time (stop time for (start, stop] data).")]
        public string? Time { get; init; }

        [CommandOption("--event <COL>")]
        [Description("Event indicator: 0/1, 1/2 (2 = event) or TRUE/FALSE.")]
        public string? Event { get; init; }

        [CommandOption("--start <COL>")]
        [Description("Entry time, for left truncation and time-varying covariates (Surv(start, stop, event)).")]
        public string? Start { get; init; }

        [CommandOption("--group <COL>")]
        [Description("One curve per level and a log-rank test across levels.")]
        public string? Group { get; init; }

        [CommandOption("--covariates <A,B>")]
        [Description("Cox model covariates; non-numeric ones become treatment-coded dummies (first sorted level = reference).")]
        public string? Covariates { get; init; }

        [CommandOption("--strata <COL>")]
        [Description("Stratify the Cox model (separate baseline hazards).")]
        public string? Strata { get; init; }

        [CommandOption("--ties <METHOD>")]
        [Description("efron (default) or breslow.")]
        public string Ties { get; init; } = "efron";

        [CommandOption("--conf-type <TYPE>")]
        [Description("log (default), log-log or plain.")]
        public string ConfType { get; init; } = "log";

        [CommandOption("--times <T1,T2>")]
        [Description("Report the curves (numbers at risk, survival) at these times.")]
        public string? Times { get; init; }

        [CommandOption("--rho <RHO>")]
        [Description("Fleming–Harrington rho of the log-rank family (0 = log-rank, 1 = Peto–Peto).")]
        public double Rho { get; init; }

        [CommandOption("--plot <FILE>")]
        [Description("Write the KM plot (.png or .svg).")]
        public string? Plot { get; init; }

        [CommandOption("--forest <FILE>")]
        [Description("Write a forest plot of the Cox hazard ratios (.png or .svg).")]
        public string? Forest { get; init; }

        [CommandOption("--group-by <GROUP>")]
        [Description("Workspace: subtype, attribute:NAME, variant:KEY or sex.")]
        public string? GroupBy { get; init; }

        [CommandOption("--anchor <ANCHOR>")]
        [Description("Workspace: time zero is diagnosis (default), sample (collection) or treatment (start).")]
        public string Anchor { get; init; } = "diagnosis";

        public override Spectre.Console.ValidationResult Validate()
        {
            if (Input is not null && (Time is null || Event is null))
            {
                return Spectre.Console.ValidationResult.Error("--input needs --time and --event.");
            }

            if (Input is null && (Time is not null || Event is not null || Start is not null))
            {
                return Spectre.Console.ValidationResult.Error("--time, --event and --start name columns of --input; on a workspace they are derived.");
            }

            return base.Validate();
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        SurvivalTable table;
        SurvivalSpec spec;
        int? threshold = null;
        if (settings.Input is not null)
        {
            var file = DelimitedFile.Read(settings.Input);
            table = new SurvivalTable(file.Header, [.. file.Header.Select((_, i) => file.Column(i))]);
            spec = new SurvivalSpec(settings.Time!, settings.Event!)
            {
                Start = settings.Start,
                Group = settings.Group,
                Strata = settings.Strata,
                Covariates = AnalyzeSettings.List(settings.Covariates),
            };
        }
        else
        {
            if (settings.Covariates is not null || settings.Strata is not null)
            {
                throw OmicsBridgeException.Usage("On a workspace, survival compares --group-by groups; export a table and use --input for Cox covariates.");
            }

            var gate = Services.Gate(settings);
            table = CohortSurvival.Load(gate, settings.Anchor, settings.GroupBy);
            threshold = gate.IsPseudonymised ? gate.Governance.Suppression.Threshold : null;
            spec = new SurvivalSpec(CohortSurvival.TimeColumn, CohortSurvival.EventColumn)
            {
                Group = settings.GroupBy is null ? null : CohortSurvival.GroupColumn,
            };
        }

        var request = new SurvivalAnalysis.Request(spec)
        {
            ConfidenceType = settings.ConfType switch
            {
                "log" => ConfidenceIntervalType.Log,
                "log-log" => ConfidenceIntervalType.LogLog,
                "plain" => ConfidenceIntervalType.Plain,
                _ => throw OmicsBridgeException.Usage($"--conf-type must be log, log-log or plain; got '{settings.ConfType}'."),
            },
            Ties = settings.Ties switch
            {
                "efron" => CoxTies.Efron,
                "breslow" => CoxTies.Breslow,
                _ => throw OmicsBridgeException.Usage($"--ties must be efron or breslow; got '{settings.Ties}'."),
            },
            Times = AnalyzeSettings.Numbers(settings.Times, "--times"),
            Rho = settings.Rho,
            PlotPath = settings.Plot,
            ForestPath = settings.Forest,
            SmallCellThreshold = threshold,
        };
        SurvivalAnalysis.Run(table, request).Output.Write(console, console.Resolve(settings.Format));
        return ExitCodes.Ok;
    }
}

using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Cohort;

[Description("Modality overlap of a cohort: members per combination of modalities (UpSet data), or with --missing who lacks which.")]
public sealed class CohortOverlapCommand(CliConsole console) : Command<CohortOverlapCommand.Settings>
{
    public sealed class Settings : CohortSettings
    {
        [CommandOption("--missing")]
        [Description("List each member lacking a modality some other member has, with the modalities it lacks.")]
        public bool Missing { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var input = CohortInput.From(settings);
        var overlap = input.Service.Overlap(input.Definition, input.AsOf);
        var format = console.Resolve(settings.Format);
        if (settings.Missing)
        {
            ResultWriter.Write(console, format, ["patient_id", "missing"],
                overlap.Lacking.Select(l => (IReadOnlyList<object?>)[l.PatientId, string.Join('|', l.Missing)]), "Members lacking a modality");
            return ExitCodes.Ok;
        }

        ResultWriter.Write(console, format, ["modalities", "patients"],
            overlap.Combinations.Select(c => (IReadOnlyList<object?>)[c.Modalities.Count == 0 ? "(none)" : string.Join('+', c.Modalities), c.Patients]),
            $"Modality combinations of {overlap.Members} members (lake version {overlap.LakeVersion})");
        return ExitCodes.Ok;
    }
}

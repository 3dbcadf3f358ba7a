using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Cohort;

[Description("List the patient ids of a cohort.")]
public sealed class CohortListCommand(CliConsole console) : Command<CohortSettings>
{
    public override int Execute(CommandContext context, CohortSettings settings, CancellationToken cancellationToken)
    {
        var input = CohortInput.From(settings);
        var members = input.Service.Members(input.Definition, input.AsOf);
        CohortInput.Report(console, members.Index, members.Warnings, members.EmptyCriteria);
        ResultWriter.Write(console, console.Resolve(settings.Format), ["patient_id"],
            members.PatientIds.Select(id => (IReadOnlyList<object?>)[id]), $"Members (lake version {members.LakeVersion})");
        return ExitCodes.Ok;
    }
}

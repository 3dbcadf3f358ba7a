using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Governance.Pseudonyms;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Reidentify;

[Description("Map research ids back to patient_ids: the honest broker's re-identification. Only a role that may "
    + "re-identify (data_steward, admin) can; every id asked, found or not, is its own audit entry, and a refusal is "
    + "audited and exits with code 3.")]
public sealed class ReidentifyCommand(CliConsole console) : Command<ReidentifyCommand.Settings>
{
    public sealed class Settings : OutputCommandSettings
    {
        [CommandArgument(0, "<RESEARCH_ID>")]
        [Description("Research ids (rid-…) as a researcher saw them.")]
        public string[] ResearchIds { get; init; } = [];
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var gate = Services.Gate(settings);
        var governance = gate.Governance;
        var reIdentifier = new ReIdentifier(governance.Pseudonyms(), governance.Policy, governance.Audit);
        // Enumerated only once the caller's right to re-identify was granted: a refused caller reads nothing.
        var mappings = reIdentifier.Map(gate.Caller, settings.ResearchIds, KnownPatientIds(gate));
        ResultWriter.Write(console, console.Resolve(settings.Format), ["research_id", "patient_id", "audit_entry"],
            mappings.Select(m => (IReadOnlyList<object?>)[m.ResearchId, m.PatientId ?? "(not found)", m.AuditSequence]));
        return mappings.All(m => m.PatientId is not null) ? ExitCodes.Ok : ExitCodes.InvalidInput;
    }

    private static IEnumerable<string> KnownPatientIds(QueryGate gate)
    {
        using var result = gate.Query(new QueryRequest("SELECT patient_id FROM patient"));
        while (result.Read())
        {
            yield return (string)result[0]!;
        }
    }
}

using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Core.Access;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Audit;

[Description("Check the audit log's hash chain and seals; names the first changed, removed, inserted or reordered entry.")]
public sealed class AuditVerifyCommand(CliConsole console) : Command<WorkspaceCommandSettings>
{
    public override int Execute(CommandContext context, WorkspaceCommandSettings settings, CancellationToken cancellationToken)
    {
        var (governance, caller) = Services.Authorize(settings, DataAction.ReadAudit, "audit verify");
        var result = governance.Audit.Verify();
        console.Data.WriteLine(result.ToString());
        if (result.Valid)
        {
            // Recorded after checking, so the entry that says "verified" is itself covered by the next verification.
            governance.Record(caller, "audit_verify", "audit verify", [], null, "ok", result.ToString());
            return ExitCodes.Ok;
        }

        return ExitCodes.InvalidInput;
    }
}

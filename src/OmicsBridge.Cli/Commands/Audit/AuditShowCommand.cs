using System.ComponentModel;
using System.Globalization;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Core.Access;
using OmicsBridge.Core.Diagnostics;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Audit;

[Description("List audit entries (auditor, data_steward, admin): who, role, purpose, when, what, tables, patients, outcome.")]
public sealed class AuditShowCommand(CliConsole console) : Command<AuditShowCommand.Settings>
{
    public sealed class Settings : WorkspaceCommandSettings
    {
        [CommandOption("--user <USER>")]
        [Description("Only this user's entries.")]
        public string? User { get; init; }

        [CommandOption("--since <TIME>")]
        [Description("Only entries at or after this time (ISO 8601, e.g. 2026-01-31 or 2026-01-31T08:00:00Z; UTC when no offset).")]
        public string? Since { get; init; }

        [CommandOption("--format <FORMAT>")]
        [Description("table, csv or json. Default: table on a terminal, csv when piped.")]
        public OutputFormat? Format { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        DateTimeOffset? since = null;
        if (settings.Since is { } text)
        {
            since = DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : throw OmicsBridgeException.Usage($"--since: '{text}' is not an ISO 8601 date or time.");
        }

        var (governance, caller) = Services.Authorize(settings, DataAction.ReadAudit, "audit show");
        var entries = governance.Audit.Read(settings.User, since).ToList();
        ResultWriter.Write(console, console.Resolve(settings.Format),
            ["seq", "timestamp", "user", "role", "purpose", "action", "what", "tables", "patients", "outcome", "reason", "caller_source"],
            entries.Select(e => (IReadOnlyList<object?>)
            [
                e.Sequence, e.Timestamp, e.Event.User, e.Event.Role, e.Event.Purpose, e.Event.Action, e.Event.What,
                string.Join(' ', e.Event.Tables), e.Event.PatientsReturned, e.Event.Outcome, e.Event.Reason, e.Event.CallerSource,
            ]),
            "Audit log");
        governance.Record(caller, "audit_show", "audit show", [], null, "ok",
            string.Create(CultureInfo.InvariantCulture, $"{entries.Count} entries; user filter {settings.User ?? "none"}; since {settings.Since ?? "start"}"));
        return ExitCodes.Ok;
    }
}

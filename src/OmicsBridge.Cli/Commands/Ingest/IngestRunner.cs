using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cli.Rendering;
using OmicsBridge.Pipeline.Ingest;
using Spectre.Console;

namespace OmicsBridge.Cli.Commands.Ingest;

/// <summary>Runs an ingest with a progress bar on a terminal, then prints the reconciliation and the first issues.</summary>
internal static class IngestRunner
{
    private const int IssuesShown = 20;

    // A command with source options of its own (genomic: region, reference, assembly) passes its configured service.
    public static int Run(CliConsole console, IngestSettings settings, string? kind, IngestOptions options, CancellationToken cancellationToken,
        IngestService? service = null)
    {
        var audit = IngestAudit.Begin(settings, kind, settings.Paths);
        service ??= Services.Ingest(settings);
        var report = console.Interactive
            ? RunWithProgress(console, service, kind, settings.Paths, options, cancellationToken)
            : service.Run(kind, settings.Paths, options, null, cancellationToken);
        audit.Completed(report);
        Print(console, console.Resolve(settings.Format), report);

        // Rows that loaded are committed with their rejects recorded; the exit code still tells a script the input was not clean.
        return report.Rejected > 0 ? ExitCodes.InvalidInput : ExitCodes.Ok;
    }

    public static void Print(CliConsole console, OutputFormat format, IngestReport report)
    {
        var rows = report.Files.Select(f => (IReadOnlyList<object?>)
            [f.Name, f.Kind, f.Skipped ? "skipped" : "loaded", f.Read, f.Accepted, f.Rejected, f.Unit, f.SkipReason ?? string.Join("; ", f.Notes)]);
        ResultWriter.Write(console, format, ["file", "kind", "status", "read", "accepted", "rejected", "unit", "notes"], rows,
            report.NothingNew ? "Nothing new: every file was already ingested" : $"Run {report.RunId} → lake version {report.LakeVersion}");

        var ui = console.Ui;
        if (format != OutputFormat.Table)
        {
            // Data went to stdout; the human summary goes to stderr so pipes stay clean.
            ui = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Errors), Ansi = AnsiSupport.No });
        }

        if (report.NothingNew)
        {
            ui.MarkupLine("[yellow]No-op:[/] the same bytes were ingested before; the lake is unchanged.");
        }
        else
        {
            ui.MarkupLineInterpolated($"Reconciliation: {report.Read:N0} read = {report.Accepted:N0} accepted + {report.Rejected:N0} rejected  ({report.Duration.TotalSeconds:F1} s)");
        }

        foreach (var issue in report.Issues.Take(IssuesShown))
        {
            ui.MarkupLineInterpolated($"  [red]{issue}[/]");
        }

        if (report.IssueCount > IssuesShown)
        {
            ui.MarkupLineInterpolated($"  … {report.IssueCount - IssuesShown:N0} more in the reject table: omicsbridge sql \"SELECT * FROM reject WHERE run_id = '{report.RunId}'\"");
        }
    }

    private static IngestReport RunWithProgress(CliConsole console, IngestService service, string? kind, string[] paths,
        IngestOptions options, CancellationToken cancellationToken)
    {
        IngestReport? report = null;
        console.Ui.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new TransferSpeedColumn(), new RemainingTimeColumn())
            .Start(progressContext =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new ActionProgress(p =>
                {
                    if (!tasks.TryGetValue(p.FileName, out var task))
                    {
                        task = progressContext.AddTask(Markup.Escape(p.FileName), maxValue: Math.Max(1, p.BytesTotal));
                        tasks[p.FileName] = task;
                    }

                    task.Value = p.BytesDone;
                });
                report = service.Run(kind, paths, options, progress, cancellationToken);
            });
        return report!;
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class ActionProgress(Action<IngestProgress> handler) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => handler(value);
    }
}

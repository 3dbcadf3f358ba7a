using System.Globalization;
using OmicsBridge.Analytics.Integration;
using OmicsBridge.Analytics.Plots;
using OmicsBridge.Analytics.Reporting;
using OmicsBridge.Analytics.Survival;
using OmicsBridge.Cli.Commands.Analyze;
using OmicsBridge.Governance.Gate;

namespace OmicsBridge.Cli.Commands.Report;

/// <summary>
/// The self-contained HTML report of a workspace: cohort (tables, patients), quality (ingest runs, rejects by code),
/// the modality overlap with its UpSet chart and recommended strategy, and survival by each saved patient attribute.
/// Everything is read through the governed gate; plots are written beside the report and embedded in it.
/// </summary>
internal static class WorkspaceReport
{
    public const string FileName = "omicsbridge-report.html";

    /// <param name="gate">The governed read path.</param>
    /// <param name="outDir">Folder for the report and its plot files.</param>
    /// <param name="extra">Further sections (the demo showcase's analyses), added after the cohort and QC sections.</param>
    /// <param name="generated">Timestamp printed in the report.</param>
    /// <returns>The report's path.</returns>
    public static string Write(QueryGate gate, string outDir, Action<HtmlReport, string>? extra = null, DateTimeOffset? generated = null)
    {
        Directory.CreateDirectory(outDir);
        var snapshot = gate.Snapshot();
        var report = new HtmlReport("OmicsBridge workspace report");
        report.Section("Cohort");
        report.Paragraph(string.Create(CultureInfo.InvariantCulture, $"Lake version {snapshot.Version}."), note: true);
        var counts = gate.RowCounts();
        report.Table(["table", "rows"], counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new object?[] { c.Key, c.Value }), "Rows per lake table");
        // Only what the caller may read: a researcher's report has no provenance tables (ingest runs, rejects).
        bool Readable(string table) => snapshot.HasTable(table) && counts.ContainsKey(table);
        if (Readable("patient"))
        {
            report.Table(["sex", "patients", "deceased"], Rows(gate,
                "SELECT coalesce(sex, 'unknown'), count(*), count(death_date) FROM patient GROUP BY 1 ORDER BY 1"), "Patients");
        }

        if (Readable("ingest_run") || Readable("reject"))
        {
            report.Section("Quality");
        }

        if (Readable("ingest_run"))
        {
            report.Table(["run", "kind", "status", "rows read", "accepted", "rejected"], Rows(gate,
                "SELECT run_id, kind, status, rows_read, rows_accepted, rows_rejected FROM ingest_run ORDER BY started_at"), "Ingest runs");
        }

        if (Readable("reject"))
        {
            report.Table(["code", "severity", "reason", "rows"], Rows(gate,
                "SELECT code, severity, min(reason), count(*) FROM reject GROUP BY code, severity ORDER BY count(*) DESC, code LIMIT 30"),
                "Rejected records by issue code (values are never shown here)");
        }

        if (Readable("assay") && Readable("sample"))
        {
            var membership = IntegrationInputs.FromLake(gate);
            if (membership.Patients.Count > 0)
            {
                var suppression = gate.IsPseudonymised ? gate.Governance.Suppression : null;
                var overlap = OverlapAnalysis.Analyze(membership.Patients, membership.Features, membership.Batches);
                report.Section("Modalities and integration strategy");
                report.Paragraph($"Overlap pattern: {overlap.Pattern.ToString().ToLowerInvariant()}; recommended integration: {overlap.Recommendation.Strategy.ToString().ToLowerInvariant()}.");
                report.Bullets(overlap.Recommendation.Reasons);
                var tables = OverlapReport.Tables(overlap, membership, suppression);
                report.Table(tables["modalities"].Columns, tables["modalities"].Rows);
                var upset = Path.Combine(outDir, "overlap-upset.png");
                File.Delete(upset);
                if (OverlapReport.MayPlot(overlap, suppression))
                {
                    UpSetPlot.Save(membership.Patients, upset, new PlotOptions { Title = "Patients per modality combination" });
                    report.Image(upset, "Patients per exact combination of modalities (UpSet, distinct mode).");
                }
                else
                {
                    report.Paragraph(OverlapReport.NoPlotReason(suppression!), note: true);
                }
            }
        }

        extra?.Invoke(report, outDir);

        if (Readable("patient_attribute"))
        {
            var attributes = Rows(gate, "SELECT name, max(version) FROM patient_attribute GROUP BY name ORDER BY name").Select(r => (string)r[0]!).ToList();
            foreach (var name in attributes)
            {
                AddSurvivalSection(report, gate, outDir, name);
            }
        }

        var path = Path.Combine(outDir, FileName);
        report.Save(path, generated);
        return path;
    }

    /// <summary>KM curves, medians and the log-rank test by a patient attribute, time from diagnosis.</summary>
    public static SurvivalAnalysis.Outcome? AddSurvivalSection(HtmlReport report, QueryGate gate, string outDir, string attribute)
    {
        SurvivalTable table;
        try
        {
            table = CohortSurvival.Load(gate, "diagnosis", "attribute:" + attribute);
        }
        catch (Core.Diagnostics.OmicsBridgeException ex) when (ex.Kind == Core.Diagnostics.ErrorKind.NotFound)
        {
            report.Section($"Survival by {attribute}").Paragraph(ex.Message, note: true);
            return null;
        }

        var plot = Path.Combine(outDir, $"km-{Sanitize(attribute)}.png");
        File.Delete(plot); // A plot left by an earlier report must not stand in for one this caller may not see.
        var outcome = SurvivalAnalysis.Run(table, new SurvivalAnalysis.Request(new SurvivalSpec(CohortSurvival.TimeColumn, CohortSurvival.EventColumn) { Group = CohortSurvival.GroupColumn })
        {
            PlotPath = plot,
            PlotTitle = $"Overall survival by {attribute} (days from diagnosis)",
            SmallCellThreshold = gate.IsPseudonymised ? gate.Governance.Suppression.Threshold : null,
        });
        report.Section($"Survival by {attribute}");
        var input = outcome.Output["input"].Rows[0];
        report.Paragraph(string.Create(CultureInfo.InvariantCulture,
            $"{input[1]} patients with a diagnosis date and follow-up; {input[2]} without a {attribute} value or a valid time were left out."));
        if (outcome.LogRank is { } lr)
        {
            report.Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"Log-rank test: chi-square {lr.Test.Statistic:F2} on {lr.Test.DegreesOfFreedom} df, p = {HtmlReport.FormatValue(lr.Test.PValue)}."));
        }

        var median = outcome.Output["median"];
        report.Table(median.Columns, median.Rows, "Median survival (days) with 95% CI");
        if (File.Exists(plot))
        {
            report.Image(plot, $"Kaplan–Meier curves by {attribute} with 95% confidence bands and censoring marks.");
        }

        return outcome;
    }

    internal static List<object?[]> Rows(QueryGate gate, string sql)
    {
        using var result = gate.Query(new QueryRequest(sql));
        return [.. result.ReadRows().Select(r => r.ToArray())];
    }

    private static string Sanitize(string name) => string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}

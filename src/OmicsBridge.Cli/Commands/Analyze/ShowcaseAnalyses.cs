using System.Globalization;
using OmicsBridge.Analytics.Reporting;
using OmicsBridge.Analytics.Survival;
using OmicsBridge.Cli.Commands.Report;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Gate;
using OmicsBridge.Lake.Catalog;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>
/// The demo's translational showcase on a workspace: ComBat on the expression batches (<c>assay.batch</c>), subtype
/// discovery by consensus clustering of the most variable genes (saved as the <c>subtype</c> patient attribute), KM
/// curves and log-rank by subtype, response to the planted drug among carriers and non-carriers of the planted variant
/// (Fisher, odds ratio), the overlap pattern, and the HTML report of it all.
/// </summary>
public static class ShowcaseAnalyses
{
    public static ShowcaseResult Run(Lake.Workspace.Workspace workspace, string outDir, ShowcaseOptions? options = null, DateTimeOffset? generated = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var lake = new LakeStore(workspace);
        return Run(lake, new QueryGate(lake), outDir, options, generated);
    }

    private static LakeMatrix WithBatchOnly(LakeMatrix matrix)
    {
        var keep = Enumerable.Range(0, matrix.Matrix.Samples.Count).Where(j => matrix.Batches[j] is not null).ToArray();
        if (keep.Length == matrix.Matrix.Samples.Count || keep.Select(j => matrix.Batches[j]).Distinct(StringComparer.Ordinal).Count() < 2)
        {
            return matrix;
        }

        var features = matrix.Matrix.Features.Count;
        var values = new double[features, keep.Length];
        for (var f = 0; f < features; f++)
        {
            for (var k = 0; k < keep.Length; k++)
            {
                values[f, k] = matrix.Matrix.Values[f, keep[k]];
            }
        }

        return new LakeMatrix(
            new MatrixFile(matrix.Matrix.Features, [.. keep.Select(j => matrix.Matrix.Samples[j])], values),
            [.. keep.Select(j => matrix.Patients[j])],
            [.. keep.Select(j => matrix.Batches[j])]);
    }

    public static ShowcaseResult Run(LakeStore lake, QueryGate gate, string outDir, ShowcaseOptions? options = null, DateTimeOffset? generated = null)
    {
        ArgumentNullException.ThrowIfNull(lake);
        ArgumentNullException.ThrowIfNull(gate);
        ArgumentNullException.ThrowIfNull(outDir);
        options ??= new ShowcaseOptions();
        Directory.CreateDirectory(outDir);

        // 1. Batch correction: complete genes only (ComBat takes no missing values).
        // Assays without a batch (a sample no manifest declared) cannot be corrected; they are left out, and the report says so.
        var loaded = LakeMatrix.Load(gate, options.ExpressionModality);
        var expression = WithBatchOnly(loaded);
        var unbatched = loaded.Matrix.Samples.Count - expression.Matrix.Samples.Count;
        var (complete, dropped) = LakeMatrix.CompleteFeatures(expression.Matrix);
        var withBatch = Enumerable.Range(0, complete.Samples.Count).Where(j => expression.Batches[j] is not null).ToArray();
        var batches = withBatch.Select(j => expression.Batches[j]!).Distinct(StringComparer.Ordinal).Count();
        var corrected = complete;
        AnalysisOutput? combat = null;
        var pcaPlot = Path.Combine(outDir, "combat-pca.png");
        if (batches >= 2 && withBatch.Length == complete.Samples.Count)
        {
            var adjustedPath = Path.Combine(outDir, "expression-combat.tsv");
            combat = AnalyzeCombatCommand.Correct(complete, [.. expression.Batches.Select(b => b!)], [], false, adjustedPath, pcaPlot, dropped);
            corrected = MatrixFile.Read(adjustedPath);
        }
        else
        {
            batches = 0;
        }

        // 2. Subtypes, saved back as a versioned patient attribute.
        var subtypes = SubtypeDiscovery.Run(corrected, new SubtypeDiscovery.Request("consensus", options.MaxK, options.Subtypes, options.TopGenes, options.Repetitions, options.Seed));
        var saved = AnalyzeSubtypesCommand.Save(lake, gate, expression with { Matrix = corrected }, subtypes, "subtype", "consensus");

        // 3. Survival by subtype.
        var logRankP = double.NaN;
        try
        {
            var table = CohortSurvival.Load(gate, "diagnosis", "subtype");
            var survival = SurvivalAnalysis.Run(table, new SurvivalAnalysis.Request(new SurvivalSpec(CohortSurvival.TimeColumn, CohortSurvival.EventColumn) { Group = CohortSurvival.GroupColumn }));
            logRankP = survival.LogRank?.Test.PValue ?? double.NaN;
        }
        catch (OmicsBridgeException ex) when (ex.Kind == ErrorKind.NotFound)
        {
            // No diagnosis dates or follow-up yet: the report says so in its survival section.
        }

        // 4. Variant and drug response.
        AssociationAnalysis.Outcome? association = null;
        string? associationNote = null;
        if (options.VariantKey is null || options.DrugCode is null || options.ResponseCode is null)
        {
            associationNote = "No planted variant, drug and response code were given; the variant–response comparison was skipped.";
        }
        else
        {
            var (carrier, responded) = LoadResponse(gate, options);
            try
            {
                association = AssociationAnalysis.Run(carrier, responded, "carrier", "response", ["responder", "non-responder"]);
            }
            catch (OmicsBridgeException ex) when (ex.Kind == ErrorKind.InvalidInput)
            {
                associationNote = ex.Message;
            }
        }

        var path = WorkspaceReport.Write(gate, outDir, (report, _) =>
        {
            report.Section("Batch correction (ComBat)");
            if (combat is null)
            {
                report.Paragraph("Expression comes from a single batch (or some assays lack one): no correction was applied.", note: true);
            }
            else
            {
                var summary = combat["combat"];
                report.Table(summary.Columns[..^1], summary.Rows.Select(r => r[..^1]), "ComBat, parametric priors (Johnson, Li & Rabinovic 2007)");
                report.Table(combat["batches"].Columns, combat["batches"].Rows);
                if (unbatched > 0)
                {
                    report.Paragraph(string.Create(CultureInfo.InvariantCulture,
                        $"{unbatched} sample(s) without a batch (declared by no manifest) were left out of correction and subtyping."), note: true);
                }
                var before = Path.Combine(outDir, "combat-pca-before.png");
                if (File.Exists(before))
                {
                    report.Image(before, "Samples on the first two principal components before ComBat, coloured by batch.");
                    report.Image(pcaPlot, "The same after ComBat: the batches overlap.");
                }
            }

            report.Section("Transcriptomic subtypes");
            report.Paragraph(string.Create(CultureInfo.InvariantCulture,
                $"Consensus clustering (Monti et al. 2003) of the {subtypes.Features.Count} most variable genes found k = {subtypes.K} subtypes; saved as patient attribute 'subtype' version {saved.Version} for {saved.Patients} patients."));
            report.Table(subtypes.Output["k_selection"].Columns, subtypes.Output["k_selection"].Rows, "Choice of k: highest mean silhouette; consensus CDF area and its change");
            report.Table(["subtype", "samples"], subtypes.Clusters.GroupBy(c => c).OrderBy(g => g.Key)
                .Select(g => new object?[] { g.Key.ToString(CultureInfo.InvariantCulture), (long)g.Count() }));

            report.Section("Response by variant carrier status");
            if (association is null)
            {
                report.Paragraph(associationNote!, note: true);
            }
            else
            {
                report.Paragraph($"Patients who received {options.DrugCode}: responders among carriers and non-carriers of {options.VariantKey}.");
                report.Table(association.Output["table"].Columns, association.Output["table"].Rows);
                report.Paragraph(string.Create(CultureInfo.InvariantCulture,
                    $"Fisher's exact test p = {HtmlReport.FormatValue(association.Fisher.PValue)}; odds ratio (conditional MLE) {HtmlReport.FormatValue(association.Fisher.OddsRatio)}, 95% CI {HtmlReport.FormatValue(association.Fisher.ConfidenceLower)}–{HtmlReport.FormatValue(association.Fisher.ConfidenceUpper)}."));
            }
        }, generated);

        return new ShowcaseResult(path, batches, subtypes.K, saved.Version, logRankP,
            association?.Fisher.PValue ?? double.NaN, association?.Fisher.OddsRatio ?? double.NaN);
    }

    /// <summary>Treated patients: carrier status and whether their latest response record counts as responding.</summary>
    private static (List<string?> Carrier, List<string?> Response) LoadResponse(QueryGate gate, ShowcaseOptions options)
    {
        var (carrierSql, carrierCte) = CohortSurvival.GroupExpression("variant:" + options.VariantKey, "v");
        var sql = $"""
            WITH treated AS (SELECT DISTINCT patient_id FROM medication WHERE code = {CohortSurvival.Literal(options.DrugCode!)}),
            resp AS (
                SELECT patient_id, first(coalesce(value_code_display, value_text, value_code) ORDER BY effective_time DESC NULLS LAST) AS r
                FROM observation WHERE code = {CohortSurvival.Literal(options.ResponseCode!)} GROUP BY patient_id){carrierCte}
            SELECT {carrierSql}, resp.r
            FROM patient p JOIN treated t ON t.patient_id = p.patient_id LEFT JOIN resp ON resp.patient_id = p.patient_id
            ORDER BY p.patient_id
            """;
        var responders = new HashSet<string>(options.ResponderValues, StringComparer.OrdinalIgnoreCase);
        var carrier = new List<string?>();
        var response = new List<string?>();
        foreach (var row in WorkspaceReport.Rows(gate, sql))
        {
            carrier.Add((string?)row[0]);
            response.Add(row[1] is string r ? (responders.Contains(r) ? "responder" : "non-responder") : null);
        }

        return (carrier, response);
    }
}

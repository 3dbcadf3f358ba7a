using System.Globalization;
using OmicsBridge.Testing;

namespace OmicsBridge.Cli.Tests.Analyze;

/// <summary>The standalone (file) path of the analyze commands: parsing, JSON output, and R's numbers coming through.</summary>
public sealed class AnalyzeFileCommandTests
{
    private static string Aml => TestData.Fixture("survival/aml.csv");

    [Fact]
    public void Survival_AmlGroupAndCovariate_JsonCarriesKmLogRankAndCoxAsR()
    {
        // R (survival 3.5-3): coxph(Surv(time, status) ~ x, data = aml): coef 0.915532575014718, se 0.511934275172005,
        // score 3.4167343955173, LR 3.38444733260368; print(survdiff(Surv(time, status) ~ x, data = aml)) shows
        // "Chisq= 3.4 on 1 degrees of freedom, p= 0.07" (rounded as printed; the exact statistic is covered in Analytics.Tests).
        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "survival", "--input", Aml, "--time", "time", "--event", "status",
            "--group", "x", "--covariates", "x", "--times", "12,24", "--format", "json"));

        var cox = json.GetProperty("cox")[0];
        Assert.Equal("xNonmaintained", cox.GetProperty("term").GetString());
        AnalyzeCli.Close(0.915532575014718, cox.GetProperty("coef").GetDouble());
        AnalyzeCli.Close(0.511934275172005, cox.GetProperty("std_err").GetDouble());
        var tests = json.GetProperty("cox_tests").EnumerateArray().ToDictionary(t => t.GetProperty("test").GetString()!, t => t.GetProperty("statistic").GetDouble());
        AnalyzeCli.Close(3.4167343955173, tests["score"]);
        AnalyzeCli.Close(3.38444733260368, tests["likelihood_ratio"]);
        var logRank = json.GetProperty("logrank_test")[0];
        Assert.Equal(3.4, Math.Round(logRank.GetProperty("chisq").GetDouble(), 1));
        Assert.Equal(0.07, Math.Round(logRank.GetProperty("p_value").GetDouble(), 2));
        Assert.Equal(1, logRank.GetProperty("df").GetInt64());
        Assert.Equal(2, json.GetProperty("median").GetArrayLength());
        Assert.Equal(4, json.GetProperty("at_risk").GetArrayLength());
        Assert.Equal(0, json.GetProperty("input")[0].GetProperty("dropped_rows").GetInt64());
        Assert.True(json.TryGetProperty("cox_zph", out _));
    }

    [Fact]
    public void Survival_AmlNoGroup_MedianMatchesQuantileSurvfit()
    {
        // R: quantile(survfit(Surv(time, status) ~ 1, data = aml), 0.5): 27 (18, 48)
        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "survival", "--input", Aml, "--time", "time", "--event", "status", "--format", "json"));

        var median = json.GetProperty("median")[0];
        Assert.Equal(27, median.GetProperty("median").GetDouble());
        Assert.Equal(18, median.GetProperty("lower").GetDouble());
        Assert.Equal(48, median.GetProperty("upper").GetDouble());
        Assert.False(json.TryGetProperty("logrank", out _));
    }

    [Fact]
    public void Survival_LungMissingCovariate_CountsDroppedRow()
    {
        // R: coxph(Surv(time, status) ~ age + ph.ecog, data = lung) uses n = 227 ("1 observation deleted due to missingness").
        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "survival", "--input", TestData.Fixture("survival/lung.csv"),
            "--time", "time", "--event", "status", "--covariates", "age,ph.ecog", "--ties", "breslow", "--format", "json"));

        Assert.Equal(1, json.GetProperty("input")[0].GetProperty("dropped_rows").GetInt64());
        Assert.Equal(227, json.GetProperty("cox_fit")[0].GetProperty("n").GetInt64());
        Assert.Equal("breslow", json.GetProperty("cox_fit")[0].GetProperty("ties").GetString());
    }

    [Fact]
    public void Survival_PlotOptions_WritePngAndSvg()
    {
        using var dir = new TempDirectory();
        var km = dir.Combine("km.png");
        var forest = dir.Combine("forest.svg");

        var run = AnalyzeCli.Run("analyze", "survival", "--input", Aml, "--time", "time", "--event", "status", "--group", "x",
            "--covariates", "x", "--plot", km, "--forest", forest, "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# input\n", run.Data, StringComparison.Ordinal);
        Assert.Contains("\n# logrank_test\n", run.Data, StringComparison.Ordinal);
        Assert.True(new FileInfo(km).Length > 1000);
        Assert.Contains("<svg", File.ReadAllText(forest), StringComparison.Ordinal);
    }

    [Fact]
    public void Survival_BadTies_IsUsageError()
    {
        var run = AnalyzeCli.Run("analyze", "survival", "--input", Aml, "--time", "time", "--event", "status", "--covariates", "x", "--ties", "exact");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--ties", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Survival_InputWithoutTime_IsUsageError()
    {
        var run = AnalyzeCli.Run("analyze", "survival", "--input", Aml, "--event", "status");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }

    [Fact]
    public void Association_TwoByTwo_FisherAndChiSquareAsR()
    {
        // R 4.2.2: fisher.test(matrix(c(12, 7, 5, 7), 2)): p 0.28830810401250967, OR 2.3307237306298569,
        // CI 0.43704707499712392–13.590955474949748; chisq.test(...) 0.64112026389503174, correct = FALSE 1.3716460268317854.
        using var dir = new TempDirectory();
        var path = dir.Combine("assoc.csv");
        var lines = new List<string> { "id,carrier,response" };
        void Add(int n, string carrier, string response)
        {
            for (var i = 0; i < n; i++)
            {
                lines.Add(string.Create(CultureInfo.InvariantCulture, $"p{lines.Count},{carrier},{response}"));
            }
        }

        Add(12, "a", "no");
        Add(5, "a", "yes");
        Add(7, "b", "no");
        Add(7, "b", "yes");
        lines.Add("px,NA,yes");
        File.WriteAllLines(path, lines);

        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "association", "--input", path, "--row", "carrier", "--col", "response", "--format", "json"));

        var fisher = json.GetProperty("fisher")[0];
        AnalyzeCli.Close(0.28830810401250967, fisher.GetProperty("p_value").GetDouble());
        AnalyzeCli.Close(2.3307237306298569, fisher.GetProperty("odds_ratio").GetDouble(), 1e-7);
        AnalyzeCli.Close(0.43704707499712392, fisher.GetProperty("or_lower").GetDouble(), 1e-7);
        AnalyzeCli.Close(13.590955474949748, fisher.GetProperty("or_upper").GetDouble(), 1e-7);
        var chi = json.GetProperty("chisq").EnumerateArray().ToDictionary(t => t.GetProperty("test").GetString()!, t => t.GetProperty("statistic").GetDouble());
        AnalyzeCli.Close(1.3716460268317854, chi["pearson"]);
        AnalyzeCli.Close(0.64112026389503174, chi["pearson_yates"]);
        Assert.Equal(1, json.GetProperty("input")[0].GetProperty("dropped_rows").GetInt64());
        Assert.Equal(12, json.GetProperty("table")[0].GetProperty("no").GetInt64());
    }

    [Fact]
    public void De_WelchOnTwoGroups_RanksPlantedFeatureFirst()
    {
        using var dir = new TempDirectory();
        var matrix = dir.Combine("m.tsv");
        File.WriteAllText(matrix, "gene\ts1\ts2\ts3\ts4\ts5\ts6\nUP\t1\t1.2\t0.9\t5\t5.3\t4.8\nFLAT\t2\t2.5\t1.8\t2.1\t2.4\t1.9\n");
        var groups = dir.Combine("g.tsv");
        File.WriteAllText(groups, "sample\tgroup\ns1\tctrl\ns2\tctrl\ns3\tctrl\ns4\ttreated\ns5\ttreated\ns6\ttreated\n");

        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "de", "--matrix", matrix, "--groups", groups, "--format", "json"));

        Assert.Equal("treated", json.GetProperty("comparison")[0].GetProperty("case").GetString());
        var top = json.GetProperty("de")[0];
        Assert.Equal("UP", top.GetProperty("feature").GetString());
        // mean(treated) - mean(ctrl) = 5.0333 - 1.0333
        AnalyzeCli.Close(4.0, top.GetProperty("log_fc").GetDouble(), 1e-12);
        Assert.True(top.GetProperty("p_value").GetDouble() < 0.001);
    }

    [Fact]
    public void Combat_SimulatedFixture_WritesSameShapeMatrix()
    {
        using var dir = new TempDirectory();
        var pheno = TestData.Fixture("combat/simulated_pheno.tsv");
        var header = File.ReadLines(pheno).First().Split('\t');
        var batchColumn = Array.FindIndex(header, h => h.Equals("batch", StringComparison.OrdinalIgnoreCase));
        var batch = dir.Combine("batch.tsv");
        File.WriteAllLines(batch, File.ReadLines(pheno).Select(l => l.Split('\t')).Select(f => f[0] + "\t" + f[batchColumn]));
        var output = dir.Combine("adjusted.tsv");

        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "combat", "--matrix", TestData.Fixture("combat/simulated_200x30.tsv"),
            "--batch", batch, "--out", output, "--pca-plot", dir.Combine("pca.png"), "--format", "json"));

        var summary = json.GetProperty("combat")[0];
        Assert.Equal(200, summary.GetProperty("features").GetInt64());
        Assert.Equal(30, summary.GetProperty("samples").GetInt64());
        var lines = File.ReadAllLines(output);
        Assert.Equal(201, lines.Length);
        Assert.Equal(File.ReadLines(TestData.Fixture("combat/simulated_200x30.tsv")).First().Split('\t').Skip(1), lines[0].Split('\t').Skip(1));
        Assert.True(File.Exists(dir.Combine("pca.png")));
        Assert.True(File.Exists(dir.Combine("pca-before.png")));
    }

    [Fact]
    public void Overlap_LongFile_ReportsMosaicAndCombinations()
    {
        using var dir = new TempDirectory();
        var path = dir.Combine("overlap.csv");
        File.WriteAllText(path, "patient_id,modality\na,rna\nb,rna\nc,rna\na,protein\nb,protein\nd,protein\n");

        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "overlap", "--input", path, "--plot", dir.Combine("upset.svg"), "--format", "json"));

        var pattern = json.GetProperty("pattern")[0];
        Assert.Equal("mosaic", pattern.GetProperty("pattern").GetString());
        Assert.Equal(2, pattern.GetProperty("complete_cases").GetInt64());
        Assert.Equal("intermediate", pattern.GetProperty("strategy").GetString());
        Assert.Equal("protein+rna", json.GetProperty("combinations")[0].GetProperty("modalities").GetString());
        Assert.True(File.Exists(dir.Combine("upset.svg")));
    }

    [Fact]
    public void Integrate_EarlyToCsvAndParquet_WritesMaskedMatrix()
    {
        using var dir = new TempDirectory();
        var rna = dir.Combine("rna.tsv");
        File.WriteAllText(rna, "gene\tp1\tp2\tp3\ng1\t1\t2\t3\ng2\t4\t4\t5\n");
        var protein = dir.Combine("protein.tsv");
        File.WriteAllText(protein, "protein\tp2\tp4\nx\t7\t9\n");

        var csv = dir.Combine("early.csv");
        var json = AnalyzeCli.Json(AnalyzeCli.Run("analyze", "integrate", "--strategy", "early", "--matrices", $"rna={rna},protein={protein}", "--out", csv, "--format", "json"));
        var parquet = dir.Combine("early.parquet");
        var run = AnalyzeCli.Run("analyze", "integrate", "--strategy", "early", "--matrices", $"rna={rna},protein={protein}", "--out", parquet);

        Assert.Equal(4, json.GetProperty("early")[0].GetProperty("patients").GetInt64());
        Assert.Equal("patient_id,has_protein,has_rna,rna:g1,rna:g2,protein:x", File.ReadLines(csv).First());
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(parquet)[..4]);
        using var duck = new DuckDB.NET.Data.DuckDBConnection("DataSource=:memory:");
        duck.Open();
        using var query = duck.CreateCommand();
        query.CommandText = $"SELECT count(*), sum(has_rna::INT)::BIGINT, count(\"protein:x\"), max(\"rna:g1\") FROM read_parquet('{parquet}')";
        using var reader = query.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal((4L, 3L, 2L), (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
        Assert.Equal(1 / Math.Sqrt(2), reader.GetDouble(3), 12);
    }

    [Fact]
    public void Integrate_EarlyWithoutOut_IsUsageError()
    {
        var run = AnalyzeCli.Run("analyze", "integrate", "--strategy", "early", "--matrices", "a=b");

        Assert.Equal(ExitCodes.Usage, run.ExitCode);
    }
}

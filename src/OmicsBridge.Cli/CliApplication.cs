using OmicsBridge.Cli.Commands.Analyze;
using OmicsBridge.Cli.Commands.Audit;
using OmicsBridge.Cli.Commands.Cohort;
using OmicsBridge.Cli.Commands.Demo;
using OmicsBridge.Cli.Commands.Export;
using OmicsBridge.Cli.Commands.Hgvs;
using OmicsBridge.Cli.Commands.Ingest;
using OmicsBridge.Cli.Commands.Init;
using OmicsBridge.Cli.Commands.Keys;
using OmicsBridge.Cli.Commands.Reidentify;
using OmicsBridge.Cli.Commands.Sql;
using OmicsBridge.Cli.Commands.Tables;
using OmicsBridge.Cli.Commands.Variants;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Core.Diagnostics;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli;

/// <summary>The command tree of <c>omicsbridge</c>; it reads as the CLI's table of contents.</summary>
public static class CliApplication
{
    public static CommandApp Create(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var app = new CommandApp();
        app.Configure(config =>
        {
            config.SetApplicationName("omicsbridge");
            config.UseStrictParsing();
            config.Settings.Registrar.RegisterInstance(console);
            config.Settings.Console = console.Ui;
            config.SetExceptionHandler((exception, _) => HandleError(console, exception));

            config.AddCommand<InitCommand>("init")
                .WithExample("init", "./my-study");

            config.AddBranch<OutputCommandSettings>("ingest", ingest =>
            {
                ingest.SetDescription("Ingest files into the lake: raw bytes land by SHA-256, rows are committed atomically, rejects are kept.");
                ingest.SetDefaultCommand<IngestAutoCommand>();
                ingest.AddCommand<IngestManifestCommand>("manifest")
                    .WithExample("ingest", "manifest", "samples.csv", "-w", "./my-study");
                ingest.AddCommand<IngestMatrixCommand>("matrix")
                    .WithExample("ingest", "matrix", "expression.tsv.gz", "-w", "./my-study")
                    .WithExample("ingest", "matrix", "proteins.csv", "--samples-in-rows", "--modality", "proteomics", "--feature-namespace", "UNIPROT");
                ingest.AddCommand<IngestFhirCommand>("fhir")
                    .WithExample("ingest", "fhir", "export/", "-w", "./my-study")
                    .WithExample("ingest", "fhir", "Patient.ndjson.gz", "Observation.ndjson.gz");
                ingest.AddCommand<IngestHl7v2Command>("hl7v2")
                    .WithExample("ingest", "hl7v2", "feed.hl7", "-w", "./my-study");
                ingest.AddCommand<IngestVcfCommand>("vcf")
                    .WithExample("ingest", "vcf", "cohort.vcf.gz", "--assembly", "GRCh38")
                    .WithExample("ingest", "vcf", "cohort.vcf.gz", "--region", "chr13:32315508-32400268", "--reference", "GRCh38.fa");
                ingest.AddCommand<IngestMafCommand>("maf")
                    .WithExample("ingest", "maf", "data_mutations_extended.maf", "-w", "./my-study");
                ingest.AddCommand<IngestCnaCommand>("cna")
                    .WithExample("ingest", "cna", "data_cna.txt", "segments.seg", "-w", "./my-study");
                ingest.AddCommand<IngestConsentCommand>("consent")
                    .WithExample("ingest", "consent", "consent.csv", "-w", "./my-study");
                ingest.AddCommand<IngestCsvCommand>("csv")
                    .WithExample("ingest", "csv", "labs.csv", "--mapping", "labs.mapping.yaml", "-w", "./my-study");
            });

            config.AddCommand<SqlCommand>("sql")
                .WithExample("sql", "SELECT a.modality, count(*) AS n FROM molecular_measurement m JOIN assay a USING (assay_id) GROUP BY 1", "-w", "./my-study")
                .WithExample("sql", "SELECT count(*) FROM sample", "--as-of", "0", "--format", "json");

            config.AddCommand<ExportCommand>("export")
                .WithExample("export", "molecular_measurement", "--out", "expression.parquet", "-w", "./my-study")
                .WithExample("export", "SELECT research_id, sex FROM patient", "--out", "patients.csv", "--role", "researcher", "--purpose", "DUO:0000042");

            config.AddBranch<WorkspaceCommandSettings>("audit", audit =>
            {
                audit.SetDescription("The tamper-evident access log: verify its hash chain, list entries (auditor, data_steward, admin).");
                audit.AddCommand<AuditVerifyCommand>("verify").WithExample("audit", "verify", "-w", "./my-study");
                audit.AddCommand<AuditShowCommand>("show").WithExample("audit", "show", "--role", "auditor", "--user", "rita", "--since", "2026-01-01");
            });

            config.AddCommand<ReidentifyCommand>("reidentify")
                .WithExample("reidentify", "rid-662ab1c8f80d9f8ab2528d9d", "-w", "./my-study");
            config.AddBranch("keys", keys =>
            {
                keys.SetDescription("Encryption at rest: master key → data keys → landing envelopes and lake Parquet files. List or rotate (admin, data_steward).");
                keys.AddCommand<KeysListCommand>("list").WithExample("keys", "list", "-w", "./my-study");
                keys.AddCommand<KeysRotateCommand>("rotate")
                    .WithExample("keys", "rotate", "-w", "./my-study")
                    .WithExample("keys", "rotate", "--role", "admin", "--user", "alice", "--format", "json");
            });

            config.AddBranch("cohort", cohort =>
            {
                cohort.SetDescription("Define, count, characterise, save and compare patient cohorts (clinical, temporal and molecular criteria; OQL).");
                cohort.AddCommand<CohortCountCommand>("count")
                    .WithExample("cohort", "count", "--where", "condition ICD10CM:C50* and gene 'BRCA2: MUT'")
                    .WithExample("cohort", "count", "samples/cohorts/brca2-parp.yaml");
                cohort.AddCommand<CohortListCommand>("list")
                    .WithExample("cohort", "list", "--where", "condition ICD10CM:E11* and observation LOINC:4548-4 > 7");
                cohort.AddCommand<CohortDescribeCommand>("describe")
                    .WithExample("cohort", "describe", "--where", "gene 'TP53: MUT'");
                cohort.AddCommand<CohortSaveCommand>("save")
                    .WithExample("cohort", "save", "brca2-parp", "samples/cohorts/brca2-parp.yaml");
                cohort.AddCommand<CohortShowCommand>("show")
                    .WithExample("cohort", "show", "brca2-parp", "--version", "1");
                cohort.AddCommand<CohortDiffCommand>("diff")
                    .WithExample("cohort", "diff", "brca2-parp");
                cohort.AddCommand<CohortOverlapCommand>("overlap")
                    .WithExample("cohort", "overlap", "--where", "condition ICD10CM:C50*");
            });

            AnalyzeCommandTree.Register(config);

            config.AddBranch("hgvs", hgvs =>
            {
                hgvs.SetDescription("Parse and normalise HGVS variant descriptions (no workspace needed).");
                hgvs.AddCommand<HgvsParseCommand>("parse")
                    .WithExample("hgvs", "parse", "NM_004006.2:c.76A>C", "NP_003997.1:p.(Arg97Cys)")
                    .WithExample("hgvs", "parse", "c.76_A>C", "--format", "json");
                hgvs.AddCommand<HgvsNormalizeCommand>("normalize")
                    .WithExample("hgvs", "normalize", "p.W24C", "c.76delA");
            });

            config.AddCommand<VariantsCommand>("variants")
                .WithExample("variants", "--gene", "BRCA2", "-w", "./my-study")
                .WithExample("variants", "--hgvs", "p.V600E", "--min-vaf", "0.1");

            config.AddCommand<TablesCommand>("tables")
                .WithExample("tables", "-w", "./my-study")
                .WithExample("tables", "--history");

            config.AddCommand<DemoCommand>("demo")
                .WithExample("demo")
                .WithExample("demo", "--out", "./demo", "--patients", "1000", "--seed", "7");
        });
        return app;
    }

    private static int HandleError(CliConsole console, Exception exception)
    {
        switch (exception)
        {
            case OmicsBridgeException known:
                console.Errors.WriteLine($"error: {known.Message}");
                foreach (var issue in known.Issues.Where(i => i.ToString() != known.Message).Take(20))
                {
                    console.Errors.WriteLine($"  {issue}");
                }

                return ExitCodes.For(known.Kind);
            case CommandParseException or CommandRuntimeException:
                console.Errors.WriteLine($"usage: {exception.Message}");
                console.Errors.WriteLine("       omicsbridge --help, or omicsbridge <command> --help");
                return ExitCodes.Usage;
            case OperationCanceledException:
                console.Errors.WriteLine("cancelled: nothing was committed.");
                return ExitCodes.InvalidInput;
            default:
                console.Errors.WriteLine($"internal error: {exception.GetType().Name}: {exception.Message}");
                console.Errors.WriteLine(exception.StackTrace);
                return 70;
        }
    }
}

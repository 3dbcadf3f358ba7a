using System.Globalization;
using OmicsBridge.Cli.Infrastructure;
using OmicsBridge.Cohorts.Definition;
using OmicsBridge.Cohorts.Genes;
using OmicsBridge.Cohorts.Parsing;
using OmicsBridge.Cohorts.Running;
using OmicsBridge.Cohorts.Saving;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Lake.Workspace;

namespace OmicsBridge.Cli.Commands.Cohort;

/// <summary>Turns cohort command options into a definition, the service that runs it and the lake version to read.</summary>
internal sealed class CohortInput
{
    private CohortInput(Workspace workspace, CohortService service, CohortDefinition definition, string? document, long? asOf)
    {
        Workspace = workspace;
        Service = service;
        Definition = definition;
        Document = document;
        AsOf = asOf;
    }

    public Workspace Workspace { get; }

    public CohortService Service { get; }

    public CohortDefinition Definition { get; }

    /// <summary>The definition as the user wrote it (a document, or a where/index pair as YAML), for receipts.</summary>
    public string? Document { get; }

    public long? AsOf { get; }

    public CohortStore Store => new(Workspace.Root);

    public static CohortInput From(CohortOptions settings)
    {
        var workspace = Services.OpenWorkspace(settings);
        var service = new CohortService(Services.Gate(settings), LoadGenes(settings, workspace));
        var sources = new[] { settings.DefinitionFile is not null, settings.Where is not null, settings.Cohort is not null }.Count(x => x);
        if (sources != 1)
        {
            throw OmicsBridgeException.Usage("Give exactly one of: a DEFINITION file, --where \"…\", or --cohort NAME.");
        }

        string? document;
        CohortDefinition definition;
        long? pinned = null;
        if (settings.Cohort is not null)
        {
            var receipt = new CohortStore(workspace.Root).Load(settings.Cohort, settings.Version);
            definition = CohortHistory.Definition(receipt);
            document = receipt.Document;
            pinned = receipt.LakeVersion;
        }
        else if (settings.Where is not null)
        {
            definition = WhereParser.Parse(settings.Where);
            document = "where: " + Yaml(settings.Where) + "\n";
        }
        else
        {
            document = File.Exists(settings.DefinitionFile) ? File.ReadAllText(settings.DefinitionFile) : null;
            definition = DefinitionReader.ReadFile(settings.DefinitionFile!);
        }

        if (settings.Index is not null)
        {
            definition = definition with { Index = WhereParser.ParseIndex(settings.Index) };
            // A document plus an overriding index cannot be stored as one document; the receipt keeps the canonical text then.
            document = settings.Where is not null ? "index: " + Yaml(settings.Index) + "\nwhere: " + Yaml(settings.Where) + "\n" : null;
        }

        long? asOf = settings.AsOf switch
        {
            null => null,
            "receipt" when pinned is not null => pinned,
            "receipt" => throw OmicsBridgeException.Usage("--as-of receipt needs --cohort NAME (the receipt to read the lake version from)."),
            var text when long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) => v,
            var text => throw OmicsBridgeException.Usage($"--as-of takes a lake version number or 'receipt', not '{text}'."),
        };
        return new CohortInput(workspace, service, definition, document, asOf);
    }

    public static CohortService ServiceFor(WorkspaceCommandSettings settings, string? genes)
    {
        var workspace = Services.OpenWorkspace(settings);
        return new CohortService(Services.Gate(settings), LoadGenes(genes, workspace));
    }

    /// <summary>Warnings, the index used and the criteria that matched nothing go to stderr, so data output stays clean.</summary>
    public static void Report(CliConsole console, string? index, IReadOnlyList<string> warnings, IReadOnlyList<string> empty)
    {
        if (index is not null)
        {
            console.Errors.WriteLine($"index: {index}");
        }

        foreach (var warning in warnings)
        {
            console.Errors.WriteLine($"warning: {warning}");
        }

        foreach (var criterion in empty)
        {
            console.Errors.WriteLine($"note: no patient matches '{criterion}' on its own.");
        }
    }

    private static GeneCatalog? LoadGenes(CohortOptions settings, Workspace workspace) => LoadGenes(settings.Genes, workspace);

    private static GeneCatalog? LoadGenes(string? option, Workspace workspace)
    {
        if (option is not null)
        {
            return GeneCatalog.Load(option);
        }

        var standard = Path.Combine(workspace.Root, "reference", "hgnc_complete_set.txt");
        return File.Exists(standard) ? GeneCatalog.Load(standard) : null;
    }

    private static string Yaml(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}

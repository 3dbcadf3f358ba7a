namespace OmicsBridge.EndToEnd.Tests;

/// <summary>Every verb explains itself with a description and at least one example (issue 2, item 2).</summary>
public sealed class HelpTests
{
    public static TheoryData<string[]> Commands => new()
    {
        new[] { "init" },
        new[] { "ingest" },
        new[] { "ingest", "manifest" },
        new[] { "ingest", "matrix" },
        new[] { "ingest", "fhir" },
        new[] { "ingest", "hl7v2" },
        new[] { "ingest", "csv" },
        new[] { "sql" },
        new[] { "tables" },
        new[] { "demo" },
        new[] { "hgvs", "parse" },
        new[] { "hgvs", "normalize" },
        new[] { "variants" },
        new[] { "ingest", "vcf" },
        new[] { "ingest", "maf" },
        new[] { "ingest", "cna" },
        new[] { "ingest", "consent" },
        new[] { "cohort", "count" },
        new[] { "audit", "verify" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_EveryCommand_HasDescriptionAndExample(string[] command)
    {
        var run = Cli.Run([.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("DESCRIPTION:", run.Ui, StringComparison.Ordinal);
        Assert.Contains("EXAMPLES:", run.Ui, StringComparison.Ordinal);
        Assert.Contains("omicsbridge " + command[0], run.Ui, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_Root_ListsTheCommands()
    {
        var run = Cli.Run("--help");
        foreach (var verb in new[] { "init", "ingest", "sql", "tables", "demo" })
        {
            Assert.Contains(verb, run.Ui, StringComparison.Ordinal);
        }
    }
}

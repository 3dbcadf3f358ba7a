using System.ComponentModel;
using OmicsBridge.Cli.Infrastructure;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Variants;

/// <summary>Options of <c>omicsbridge variants</c>.</summary>
public sealed class VariantsSettings : OutputCommandSettings
{
    [CommandOption("--gene <GENE>")]
    [Description("HGNC symbol (picked or any transcript annotation, MAF Hugo_Symbol).")]
    public string? Gene { get; init; }

    [CommandOption("--hgvs <HGVS>")]
    [Description("g. matched on the variant key (NC_000017.11:g.43045712G>A); c. and p. on the annotations, after normalising (p.V600E = p.Val600Glu).")]
    public string? Hgvs { get; init; }

    [CommandOption("--consequence <SO_TERM>")]
    [Description("A Sequence Ontology term (missense_variant, stop_gained, …) of any annotation of the variant.")]
    public string? Consequence { get; init; }

    [CommandOption("--min-vaf <X>")]
    [Description("Only calls whose variant allele fraction is at least X (0–1).")]
    public double? MinVaf { get; init; }
}

using System.ComponentModel;
using Spectre.Console.Cli;

namespace OmicsBridge.Cli.Commands.Ingest;

/// <summary>Options of <c>ingest vcf</c>, <c>ingest maf</c> and <c>ingest cna</c>.</summary>
public sealed class GenomicIngestSettings : IngestSettings
{
    [CommandOption("--region <REGION>")]
    [Description("VCF only: chr:start-end (1-based, inclusive); read through the .tbi/.csi index beside the file.")]
    public string? Region { get; init; }

    [CommandOption("--reference <FASTA>")]
    [Description("Reference FASTA with its .fai: REF is checked (mismatches are rejected) and indels are left-aligned; MAF indels get their anchor base.")]
    public string? Reference { get; init; }

    [CommandOption("--assembly <ASSEMBLY>")]
    [Description("GRCh37 or GRCh38, instead of detecting it from the VCF header or the MAF NCBI_Build column.")]
    public string? Assembly { get; init; }
}

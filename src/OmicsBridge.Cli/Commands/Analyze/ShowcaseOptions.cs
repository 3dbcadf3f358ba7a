namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>What <see cref="ShowcaseAnalyses"/> looks for in the lake: the planted variant, drug and response record.</summary>
public sealed record ShowcaseOptions
{
    /// <summary>Modality of molecular_measurement holding expression.</summary>
    public string ExpressionModality { get; init; } = "transcriptomics";

    /// <summary>Subtype count to force; null lets the silhouette choose among 2..<see cref="MaxK"/>.</summary>
    public int? Subtypes { get; init; }

    public int MaxK { get; init; } = 6;

    /// <summary>Most variable genes clustered.</summary>
    public int TopGenes { get; init; } = 500;

    public int Repetitions { get; init; } = 50;

    /// <summary><c>variant_key</c> of the planted variant (genotype or mutation table); null skips the association.</summary>
    public string? VariantKey { get; init; }

    /// <summary>Medication <c>code</c> of the planted drug; only patients who received it are compared.</summary>
    public string? DrugCode { get; init; }

    /// <summary>Observation <c>code</c> that records treatment response (latest per patient is used).</summary>
    public string? ResponseCode { get; init; }

    /// <summary>Response values (value_code_display, value_text or value_code, case-insensitive) that count as responding.</summary>
    public IReadOnlyCollection<string> ResponderValues { get; init; } =
        ["CR", "PR", "complete response", "partial response", "responder", "response"];

    public int Seed { get; init; } = 1;
}

namespace OmicsBridge.Core.Clinical;

/// <summary>
/// One permit/deny rule of a consent. <see cref="Purposes"/> holds the purposes of use: DUO codes
/// (<c>DUO:0000007</c> disease-specific research…) or v3 PurposeOfUse / other codings, each tagged with its vocabulary.
/// </summary>
public sealed record ConsentProvision
{
    /// <summary><c>permit</c> or <c>deny</c>.</summary>
    public string? Type { get; init; }

    public Period? Period { get; init; }

    public IReadOnlyList<ConsentActor> Actors { get; init; } = [];

    public IReadOnlyList<Coding> Actions { get; init; } = [];

    public IReadOnlyList<Coding> Purposes { get; init; } = [];

    public IReadOnlyList<Coding> SecurityLabels { get; init; } = [];

    public IReadOnlyList<Coding> DataClasses { get; init; } = [];

    /// <summary>Nested exceptions to this rule, flattened one level deep in the order given.</summary>
    public IReadOnlyList<ConsentProvision> Provisions { get; init; } = [];
}

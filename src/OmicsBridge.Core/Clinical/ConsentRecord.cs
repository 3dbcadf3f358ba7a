namespace OmicsBridge.Core.Clinical;

/// <summary>A consent: the <c>consent</c> table that the governance gate checks purposes against.</summary>
public sealed record ConsentRecord : ClinicalRecord
{
    public string? Status { get; init; }

    public IReadOnlyList<Coding> Scope { get; init; } = [];

    public IReadOnlyList<Coding> Categories { get; init; } = [];

    public PartialDateTime? DateTime { get; init; }

    /// <summary>The policy rule (e.g. an opt-in/opt-out code).</summary>
    public Coding? PolicyRule { get; init; }

    /// <summary>The top-level provision; <see langword="null"/> when the consent states none.</summary>
    public ConsentProvision? Provision { get; init; }
}

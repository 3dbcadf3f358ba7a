namespace OmicsBridge.Cohorts.Definition;

/// <summary>Patients with at least one assay of <see cref="Modality"/> (genomics, transcriptomics, proteomics, …).</summary>
public sealed record ModalityCriterion(string Modality) : Criterion;

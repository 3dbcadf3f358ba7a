namespace OmicsBridge.Demo.Generation;

/// <summary>
/// One synthetic person and the latent truth behind their data (subtype, batches, which modalities exist), so tests and
/// later analyses can check that the platform recovers what was planted.
/// </summary>
public sealed record DemoPatient(
    int Index,
    string Mrn,
    string Sex,
    DateOnly BirthDate,
    DateOnly DiagnosisDate,
    int Subtype,
    bool HasTumourRna,
    int RnaBatch,
    bool HasGermline,
    bool HasProteomics)
{
    public string TumourRnaSampleId => $"S{Index:D5}-T";

    public string GermlineSampleId => $"S{Index:D5}-N";

    public string ProteomicsSampleId => $"S{Index:D5}-TP";

    /// <summary>
    /// Germline carrier of the planted BRCA2 variant of unknown significance (<see cref="DemoVcfWriter.PlantedVusKey"/>);
    /// the clinical side plants a different olaparib response for carriers.
    /// </summary>
    public bool CarriesPlantedVus { get; init; }
}

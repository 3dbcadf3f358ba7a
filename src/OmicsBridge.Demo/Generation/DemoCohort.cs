namespace OmicsBridge.Demo.Generation;

/// <summary>The synthetic cohort: its people and the planted structure every generated file draws on.</summary>
public sealed class DemoCohort
{
    /// <summary>Transcriptomic subtypes planted in the expression data (each up-regulates its own gene module).</summary>
    public const int Subtypes = 3;

    private DemoCohort(DemoOptions options, IReadOnlyList<DemoPatient> patients)
    {
        Options = options;
        Patients = patients;
    }

    public DemoOptions Options { get; }

    public IReadOnlyList<DemoPatient> Patients { get; }

    /// <summary>Draws the cohort. Modalities form a mosaic: no modality covers every patient.</summary>
    public static DemoCohort Create(DemoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var random = new DemoRandom(options.Seed);
        var vusRandom = new DemoRandom(options.Seed + 13);
        var patients = new List<DemoPatient>(options.Patients);
        var firstBirth = new DateOnly(1935, 1, 1);
        var firstDiagnosis = new DateOnly(2015, 1, 1);
        for (var i = 1; i <= options.Patients; i++)
        {
            var sex = random.Chance(0.82) ? "female" : "male";
            var birth = firstBirth.AddDays(random.Next(365 * 55));
            var diagnosis = firstDiagnosis.AddDays(random.Next(365 * 6));
            var subtype = 1 + random.Next(Subtypes);
            var hasRna = random.Chance(0.86);
            var batch = random.Chance(0.5) ? 1 : 2;
            var hasGermline = random.Chance(0.74);
            var hasProteomics = hasRna && random.Chance(0.35);
            patients.Add(new DemoPatient(i, $"MRN{100000 + i:D6}", sex, birth, diagnosis, subtype, hasRna, batch, hasGermline, hasProteomics)
            {
                // A separate stream, so planting the variant does not shift any other draw of the cohort.
                CarriesPlantedVus = vusRandom.Chance(DemoVcfWriter.PlantedVusCarrierRate) && hasGermline,
            });
        }

        return new DemoCohort(options, patients);
    }
}

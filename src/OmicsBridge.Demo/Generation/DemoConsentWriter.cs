using System.Text;

namespace OmicsBridge.Demo.Generation;

/// <summary>
/// Writes the consent file: every patient consented to general research use (DUO GRU) for all data categories, except
/// about 5 % who withdrew and about 10 % who allow clinical and transcriptomic/proteomic research but not genomic.
/// </summary>
public static class DemoConsentWriter
{
    public const string FileName = "consent.csv";

    public static string Write(DemoCohort cohort, string folder)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var path = Path.Combine(folder, FileName);
        var random = new DemoRandom(cohort.Options.Seed + 7);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.Write("mrn,status,purposes,categories,start_date\n");
        foreach (var patient in cohort.Patients)
        {
            var draw = random.Uniform();
            var (status, categories) = draw < 0.05 ? ("withdrawn", "all")
                : draw < 0.15 ? ("active", "clinical;transcriptomic;proteomic")
                : ("active", "all");
            writer.Write($"{patient.Mrn},{status},GRU,{categories},2020-01-01\n");
        }

        return path;
    }
}

namespace OmicsBridge.Demo.Generation;

/// <summary>How big the synthetic cohort is and which random stream makes it; the same options give the same bytes.</summary>
public sealed record DemoOptions(int Patients = 500, int Seed = 42, int Genes = 2_000)
{
    public void Validate()
    {
        if (Patients is < 20 or > 1_000_000)
        {
            throw Core.Diagnostics.OmicsBridgeException.Usage($"--patients must be between 20 and 1,000,000; got {Patients}.");
        }

        if (Genes is < 200 or > 60_000)
        {
            throw Core.Diagnostics.OmicsBridgeException.Usage($"--genes must be between 200 and 60,000; got {Genes}.");
        }
    }
}

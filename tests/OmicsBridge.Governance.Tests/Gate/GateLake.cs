using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Workspace;
using OmicsBridge.Testing;

namespace OmicsBridge.Governance.Tests.Gate;

/// <summary>
/// A workspace with eight patients: P1–P6 consent to general research use, P7 has no consent record, P8 withdrew.
/// P1 was born in 1930 (over 89). Each patient has one sample, S-P1 … S-P8.
/// </summary>
internal sealed class GateLake : IDisposable
{
    private readonly TempDirectory _temp = new("ob-gate");

    public GateLake()
    {
        Workspace = Workspace.Init(_temp.Combine("ws"));
        Lake = new LakeStore(Workspace);
        using var write = Lake.BeginWrite("run-1", "test");
        var patients = write.Table(PatientTable.Schema);
        var samples = write.Table(SampleTable.Schema);
        for (var i = 1; i <= 8; i++)
        {
            patients.NewRow().AppendValue($"P{i}").AppendValue(i % 2 == 0 ? "female" : "male")
                .AppendValue((DateOnly?)new DateOnly(i == 1 ? 1930 : 1970 + i, 3, 15)).AppendValue((bool?)false)
                .AppendNullValue().AppendValue((DateOnly?)new DateOnly(2024, 1, 10)).AppendValue("run-1").AppendValue("test").EndRow();
            samples.NewRow().AppendValue($"S-P{i}").AppendValue($"P{i}").AppendValue("tumor").AppendNullValue()
                .AppendValue((DateOnly?)new DateOnly(2020, 6, i)).AppendValue("{\"mrn\":\"MRN-" + i + "\"}").AppendValue("sha").AppendValue("run-1").EndRow();
        }

        var consent = write.Table(ConsentTable.Schema);
        for (var i = 1; i <= 6; i++)
        {
            Consent(consent, $"P{i}", "active");
        }

        Consent(consent, "P8", "withdrawn");
        write.Commit();
    }

    public Workspace Workspace { get; }

    public LakeStore Lake { get; }

    /// <summary>Ingests one more consent record (a new lake version), as the consent ingester would.</summary>
    public void AddConsent(string patientId, string status)
    {
        using var write = Lake.BeginWrite("run-2", "test");
        Consent(write.Table(ConsentTable.Schema), patientId, status, new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        write.Commit();
    }

    public void Dispose() => _temp.Dispose();

    private static void Consent(Lake.Writing.TableAppender table, string patientId, string status, DateTime? recorded = null) =>
        table.NewRow().AppendValue($"c-{patientId}-{status}").AppendValue(patientId).AppendValue(status).AppendValue("DUO:0000042")
            .AppendNullValue().AppendNullValue().AppendValue((DateOnly?)new DateOnly(2019, 1, 1)).AppendNullValue()
            .AppendValue(recorded ?? new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc)).AppendValue("consent").AppendNullValue()
            .AppendValue("sha").AppendValue("run-1").EndRow();
}

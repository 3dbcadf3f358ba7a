using System.Text;
using OmicsBridge.Governance.Audit;
using OmicsBridge.Testing;

namespace OmicsBridge.EndToEnd.Tests.Governance;

/// <summary>
/// Canary PHI (a name, an MRN, an address, a phone number, a birth date) of a consenting patient, ingested from FHIR,
/// never reaches a researcher through any table the researcher can list; and ingest is a governed, audited action.
/// </summary>
public sealed class PhiCanaryTests : IDisposable
{
    private static readonly string[] s_canaries = ["Quackenbush", "Zebulon", "MRN-PHI-4242", "77 Canary Lane", "Canaryville", "555-0142", "1980-02-03"];

    private readonly TempDirectory _temp = new("ob-phi");
    private readonly string _ws;

    public PhiCanaryTests()
    {
        _ws = _temp.Combine("ws");
        Assert.Equal(0, Cli.Run("init", _ws).ExitCode);
        var bundle = _temp.Combine("patient.json");
        File.WriteAllText(bundle, """
            {
              "resourceType": "Bundle", "type": "collection",
              "entry": [
                { "resource": {
                    "resourceType": "Patient", "id": "p1",
                    "identifier": [ { "system": "MRN", "value": "MRN-PHI-4242" } ],
                    "name": [ { "family": "Quackenbush", "given": [ "Zebulon" ] } ],
                    "telecom": [ { "system": "phone", "value": "555-0142" } ],
                    "gender": "male", "birthDate": "1980-02-03",
                    "address": [ { "line": [ "77 Canary Lane" ], "city": "Canaryville", "postalCode": "99999" } ] } },
                { "resource": {
                    "resourceType": "Condition", "id": "c1", "subject": { "reference": "Patient/p1" },
                    "code": { "coding": [ { "system": "http://snomed.info/sct", "code": "254637007", "display": "NSCLC" } ] },
                    "onsetDateTime": "2020-05-01" } },
                { "resource": {
                    "resourceType": "Observation", "id": "o1", "status": "final", "subject": { "reference": "Patient/p1" },
                    "code": { "coding": [ { "system": "http://loinc.org", "code": "8302-2", "display": "Body height" } ] },
                    "effectiveDateTime": "2020-05-02", "valueQuantity": { "value": 180, "unit": "cm", "system": "http://unitsofmeasure.org", "code": "cm" } } }
              ]
            }
            """);
        var fhir = Cli.Run("ingest", "fhir", bundle, "-w", _ws);
        Assert.True(fhir.ExitCode is 0 or 1, fhir.ToString());
        var consent = _temp.Combine("consent.csv");
        File.WriteAllText(consent, "patient_id,status,purposes,categories\nMRN-PHI-4242,active,GRU,all\n");
        Assert.Equal(0, Cli.Run("ingest", consent, "-w", _ws).ExitCode);
    }

    [Fact]
    public void Sql_ResearcherSelectsEveryVisibleTable_NoCanaryPhiAppears()
    {
        var tables = Researcher("tables");
        Assert.Equal(0, tables.ExitCode);
        var names = Cli.CsvRows(tables).Select(r => r[0]).ToList();
        Assert.Contains("patient", names);
        Assert.DoesNotContain("patient_identifier", names);

        var seen = 0;
        foreach (var table in names)
        {
            var run = Researcher("sql", $"SELECT * FROM \"{table}\"");
            Assert.True(run.ExitCode == 0, $"{table}: {run}");
            seen += Cli.CsvRows(run).Length;
            foreach (var canary in s_canaries)
            {
                Assert.DoesNotContain(canary, run.Data + run.Ui + run.Errors, StringComparison.Ordinal);
            }
        }

        Assert.True(seen > 0, "the researcher saw no rows at all: the canary patient's consent was not applied");
    }

    [Fact]
    public void RawBytes_UnderLakeAndLanding_HoldNoCanaryPhi()
    {
        // Encryption at rest: the landed inputs (envelope-encrypted) and the lake's data files (Parquet-encrypted) and
        // logs (no column values) must not hold the PHI in any byte, in UTF-8 or UTF-16.
        var files = new[] { "lake", "landing" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(_ws, folder), "*", SearchOption.AllDirectories))
            .ToList();
        Assert.Contains(files, f => f.Contains(Path.Combine("landing", "sha256"), StringComparison.Ordinal));
        Assert.Contains(files, f => f.EndsWith(".parquet", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            foreach (var canary in s_canaries)
            {
                Assert.False(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(canary)) >= 0, $"{canary} in {file}");
                Assert.False(bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(canary)) >= 0, $"{canary} (UTF-16) in {file}");
            }
        }
    }

    [Fact]
    public void Sql_Steward_SeesTheIdentifierTheResearcherCannot()
    {
        var steward = Cli.Run("sql", "SELECT value FROM patient_identifier", "-w", _ws, "--format", "csv");

        Assert.Contains("MRN-PHI-4242", steward.Data, StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_Researcher_IsRefusedWithExitCode3AndIngestsAreAudited()
    {
        var more = _temp.Combine("more_consent.csv");
        File.WriteAllText(more, "patient_id,status,purposes\nMRN-PHI-4242,withdrawn,GRU\n");

        var refused = Cli.Run("ingest", more, "-w", _ws, "--role", "researcher", "--purpose", "GRU", "--user", "rita");

        Assert.Equal(3, refused.ExitCode);
        var audit = new AuditLog(Path.Combine(_ws, "audit"));
        var entries = audit.Read().ToList();
        Assert.Contains(entries, e => e.Event.Action == "ingest" && e.Event.Outcome == "ok");
        Assert.Contains(entries, e => e.Event.Action == "consent_change" && e.Event.Outcome == "ok");
        Assert.Contains(entries, e => e.Event.Action == "refusal" && e.Event.User == "rita");
        Assert.True(audit.Verify().Valid);
    }

    public void Dispose() => _temp.Dispose();

    private CliRun Researcher(params string[] args) =>
        Cli.Run([.. args, "-w", _ws, "--format", "csv", "--user", "rita", "--role", "researcher", "--purpose", "GRU"]);
}

namespace OmicsBridge.Demo.Generation;

/// <summary>Writes every source file of a cohort into a folder.</summary>
public static class DemoSourceWriter
{
    public static DemoSources Write(DemoCohort cohort, string folder)
    {
        Directory.CreateDirectory(folder);
        var manifest = Path.Combine(folder, "samples.csv");
        DemoManifestWriter.Write(cohort, manifest);
        var files = new List<DemoSource> { new("manifest", manifest) };
        files.AddRange(DemoExpressionWriter.Write(cohort, folder).Select(p => new DemoSource("matrix", p)));
        files.Add(new DemoSource("vcf", DemoVcfWriter.Write(cohort, folder)));
        files.Add(new DemoSource("maf", DemoMafWriter.Write(cohort, folder)));
        // The clinical side: FHIR for everyone, plus an HL7 v2 feed and mapped CSV extracts for overlapping subsets.
        var clinical = DemoClinicalTruth.Create(cohort);
        files.AddRange(DemoFhirWriter.Write(clinical, Path.Combine(folder, "fhir")).Select(p => new DemoSource("fhir", p)));
        files.Add(new DemoSource("hl7v2", DemoHl7Writer.Write(clinical, folder)));
        files.AddRange(DemoClinicalCsvWriter.Write(clinical, folder).Select(c => new DemoSource("csv", c.Extract, c.Mapping)));
        // Consent last: it names patients by MRN, which the sources above made known.
        files.Add(new DemoSource("consent", DemoConsentWriter.Write(cohort, folder)));
        return new DemoSources(files);
    }
}

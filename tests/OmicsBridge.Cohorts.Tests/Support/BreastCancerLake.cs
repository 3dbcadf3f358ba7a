namespace OmicsBridge.Cohorts.Tests.Support;

/// <summary>
/// Five patients whose clinical and molecular facts each test relies on (see the comments per patient): breast cancer
/// with a BRCA2 VUS treated inside or outside a year, diabetes with high or normal HbA1c, somatic TP53/KRAS, ERBB2
/// amplified or highly expressed, a homozygous BRAF V600E, and modalities that differ per patient.
/// </summary>
public static class BreastCancerLake
{
    public const string Brca2Vus = "GRCh38:13-32338000-G-C";
    public const string BrafV600E = "GRCh38:7-140753336-A-T";
    public const string Olaparib = "1597582";

    public static TestLake Build()
    {
        var lake = new TestLake();
        lake.Variant(Brca2Vus, "BRCA2", "missense_variant", "NM_000059.4:c.8167G>C", "NP_000050.3:p.Asp2723His", "uncertain_significance")
            .Variant(BrafV600E, "BRAF", "missense_variant", "NM_004333.6:c.1799T>A", "ENSP00000493543.1:p.Val600Glu", "Pathogenic/Likely_pathogenic");

        // p1: breast cancer 2020-03-01, BRCA2 VUS, olaparib 92 days later, ERBB2 expression far above the others.
        lake.Patient("p1", "female", 1960)
            .Condition("p1", "ICD10CM", "C50.911", 2020, 3, 1)
            .Genotype("p1", Brca2Vus, "het", 0.48)
            .Medication("p1", "RxNorm", Olaparib, 2020, 6, 1)
            .Measurement("p1", "transcriptomics", "ERBB2", 10);

        // p2: breast cancer 2019-01-01, same VUS, olaparib 2.4 years later; somatic TP53 R175H.
        lake.Patient("p2", "female", 1975)
            .Condition("p2", "ICD10CM", "C50412", 2019, 1, 1)
            .Genotype("p2", Brca2Vus, "het", 0.51)
            .Medication("p2", "RxNorm", Olaparib, 2021, 6, 1)
            .Somatic("p2", "TP53", "Missense_Mutation", "p.R175H")
            .Measurement("p2", "transcriptomics", "ERBB2", 2);

        // p3: deceased man with diabetes and HbA1c 8.1 % twice; somatic TP53 nonsense.
        lake.Patient("p3", "male", 1950, deceased: true)
            .Condition("p3", "ICD10CM", "E11.9", 2018, 5, 1)
            .Observation("p3", "LOINC", "4548-4", 8.1, "%", 2018, 6, 1)
            .Observation("p3", "LOINC", "4548-4", 8.4, "%", 2019, 6, 1)
            .Somatic("p3", "TP53", "Nonsense_Mutation", "p.R213*")
            .Measurement("p3", "transcriptomics", "ERBB2", 1.5);

        // p4: diabetes with HbA1c 6.2 %, somatic KRAS G12C, ERBB2 amplified; a mastectomy.
        lake.Patient("p4", "female", 1980)
            .Condition("p4", "ICD10CM", "E11.9", 2021, 2, 1)
            .Observation("p4", "LOINC", "4548-4", 6.2, "%", 2021, 3, 1)
            .Somatic("p4", "KRAS", "Missense_Mutation", "p.G12C")
            .CopyNumber("p4", "ERBB2", 2)
            .Procedure("p4", "SNOMED", "69031006", 2021, 4, 1)
            .Measurement("p4", "transcriptomics", "ERBB2", 3);

        // p5: no diagnosis; homozygous BRAF V600E (3-letter HGVSp), EGFR protein, no transcriptomics... but ERBB2 RNA.
        lake.Patient("p5", "male", 1990)
            .Genotype("p5", BrafV600E, "hom_alt", 0.97)
            .Measurement("p5", "proteomics", "EGFR", 2.5)
            .Measurement("p5", "transcriptomics", "ERBB2", 2.5);
        lake.Commit();
        return lake;
    }
}

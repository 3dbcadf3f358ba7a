using System.Globalization;
using OmicsBridge.Core.Clinical;
using R4 = Hl7.Fhir.Model;

namespace OmicsBridge.Formats.Fhir;

/// <remarks>
/// Genomics Reporting IG observations carry their facts as components keyed by LOINC code; the codes below are the
/// ones the IG's STU1-STU3 examples use. A variant without a subject is kept (with a warning): IG examples often link
/// the variant to its sample only, and the sample links to the patient.
/// </remarks>
internal static partial class FhirRecordMapper
{
    private const string VariantAssessment = "69548-6";
    private const string GenotypeDisplayName = "84413-4";
    private const string GeneStudied = "48018-6";
    private const string DnaChangeC = "48004-6";
    private const string GenomicDnaChangeG = "81290-9";
    private const string AminoAcidChangeP = "48005-3";
    private const string ReferenceAllele = "69547-8";
    private const string AlternateAllele = "69551-0";
    private const string GenomicStartEnd = "81254-5";
    private const string AllelicState = "53034-5";
    private const string AlleleFrequency = "81258-6";
    private const string ReadDepth = "82121-5";
    private const string AssemblyVersion = "62374-4";
    private const string GenomicReferenceSequence = "48013-7";
    private const string TranscriptReferenceSequence = "51958-7";
    private const string ChromosomeIdentifier = "48000-4";
    private const string CytogeneticLocation = "48001-2";
    private const string GenomicSourceClass = "48002-0";
    private const string AminoAcidChangeType = "48006-1";

    private static bool IsGenomicsReportingProfile(R4.Observation observation)
        => observation.Meta?.Profile?.Any(p => p?.Contains("/genomics-reporting/", StringComparison.Ordinal) == true) == true;

    /// <summary><c>variant</c>, <c>genotype</c>, or null for an observation that is not a genomics one.</summary>
    private static string? GenomicsObservationKind(R4.Observation observation)
    {
        foreach (var profile in observation.Meta?.Profile ?? [])
        {
            if (profile?.EndsWith("/StructureDefinition/variant", StringComparison.Ordinal) == true)
            {
                return "variant";
            }

            if (profile?.EndsWith("/StructureDefinition/genotype", StringComparison.Ordinal) == true)
            {
                return "genotype";
            }
        }

        if (FhirDataTypes.HasCode(observation.Code, Loinc, VariantAssessment))
        {
            return "variant";
        }

        return FhirDataTypes.HasCode(observation.Code, Loinc, GenotypeDisplayName) ? "genotype" : null;
    }

    private static GenomicVariantRecord MapVariant(R4.Observation observation, string sourceId, FhirMappingContext context)
    {
        var subject = context.Reference(observation.Subject, "subject");
        if (subject is null)
        {
            context.Warning(FhirIssues.MissingSubject, "subject", "variant Observation has no subject reference; it is linked through its specimen only");
        }

        var record = new GenomicVariantRecord
        {
            SourceId = sourceId,
            SubjectReference = subject,
            Source = context.Position,
            Presence = FhirDataTypes.FirstCoding(observation.Value as R4.CodeableConcept),
            SpecimenReference = context.Reference(observation.Specimen, "specimen", "Specimen"),
        };

        foreach (var component in observation.Component)
        {
            record = ApplyVariantComponent(record, component);
        }

        return record;
    }

    private static GenomicVariantRecord ApplyVariantComponent(GenomicVariantRecord record, R4.Observation.ComponentComponent component)
    {
        var code = component.Code?.Coding?.Find(c => string.Equals(c.System, Loinc, StringComparison.OrdinalIgnoreCase))?.Code;
        var value = component.Value;
        return code switch
        {
            GeneStudied => record with { Gene = FhirDataTypes.FirstCoding(value as R4.CodeableConcept) },
            DnaChangeC => record with { HgvsC = CodeOrText(value) },
            GenomicDnaChangeG => record with { HgvsG = CodeOrText(value) },
            AminoAcidChangeP => record with { HgvsP = CodeOrText(value) },
            ReferenceAllele => record with { ReferenceAllele = CodeOrText(value) },
            AlternateAllele => record with { AlternateAllele = CodeOrText(value) },
            GenomicStartEnd => value switch
            {
                R4.Range range => record with { Start = ToLong(range.Low?.Value), End = ToLong(range.High?.Value) },
                R4.Integer start => record with { Start = start.Value },
                R4.Quantity quantity => record with { Start = ToLong(quantity.Value) },
                _ => record,
            },
            AllelicState => record with { AllelicState = FhirDataTypes.FirstCoding(value as R4.CodeableConcept) },
            AlleleFrequency => record with { AlleleFrequency = (value as R4.Quantity)?.Value },
            ReadDepth => record with { ReadDepth = value switch { R4.Quantity q => ToLong(q.Value), R4.Integer i => i.Value, _ => null } },
            AssemblyVersion => record with { Assembly = DisplayOrCode(value) },
            GenomicReferenceSequence => record with { GenomicReferenceSequence = CodeOrText(value) },
            TranscriptReferenceSequence => record with { TranscriptReferenceSequence = CodeOrText(value) },
            ChromosomeIdentifier => record with { Chromosome = DisplayOrCode(value) },
            CytogeneticLocation when record.Chromosome is null => record with { Chromosome = ChromosomeFromLocation(DisplayOrCode(value)) },
            GenomicSourceClass => record with { GenomicSourceClass = FhirDataTypes.FirstCoding(value as R4.CodeableConcept) },
            AminoAcidChangeType => record with { AminoAcidChangeType = FhirDataTypes.FirstCoding(value as R4.CodeableConcept) },
            _ => record,
        };
    }

    private static GenotypeRecord MapGenotype(R4.Observation observation, string sourceId, FhirMappingContext context)
    {
        var subject = context.Reference(observation.Subject, "subject");
        if (subject is null)
        {
            context.Warning(FhirIssues.MissingSubject, "subject", "genotype Observation has no subject reference; it is linked through its specimen only");
        }

        Coding? gene = null;
        foreach (var component in observation.Component)
        {
            if (FhirDataTypes.HasCode(component.Code, Loinc, GeneStudied))
            {
                gene = FhirDataTypes.FirstCoding(component.Value as R4.CodeableConcept);
            }
        }

        var concept = observation.Value as R4.CodeableConcept;
        return new GenotypeRecord
        {
            SourceId = sourceId,
            SubjectReference = subject,
            Source = context.Position,
            Gene = gene,
            Genotype = FhirDataTypes.FirstCoding(concept),
            GenotypeText = concept is null ? (observation.Value as R4.FhirString)?.Value : FhirDataTypes.Text(concept),
            SpecimenReference = context.Reference(observation.Specimen, "specimen", "Specimen"),
            VariantReferences = context.References(observation.DerivedFrom, "derivedFrom"),
        };
    }

    /// <summary>A value's code (HGVS strings and alleles are sent as codes), else its text.</summary>
    private static string? CodeOrText(R4.DataType? value) => value switch
    {
        R4.CodeableConcept concept => concept.Coding?.FirstOrDefault(c => !string.IsNullOrEmpty(c.Code))?.Code ?? concept.Text,
        R4.FhirString text => text.Value,
        _ => null,
    };

    /// <summary>A value's display (assembly and chromosome answers are LOINC LA codes whose display is the name), else its code or text.</summary>
    private static string? DisplayOrCode(R4.DataType? value) => value switch
    {
        R4.CodeableConcept concept => concept.Coding?.FirstOrDefault()?.Display ?? concept.Coding?.FirstOrDefault()?.Code ?? concept.Text,
        R4.FhirString text => text.Value,
        _ => null,
    };

    /// <summary>The chromosome of a location written as <c>chrX</c> or <c>X</c> (bands like <c>Xq12</c> are not a chromosome alone).</summary>
    private static string? ChromosomeFromLocation(string? location)
    {
        if (string.IsNullOrEmpty(location))
        {
            return null;
        }

        var name = location.StartsWith("chr", StringComparison.OrdinalIgnoreCase) ? location[3..] : location;
        return name is "X" or "Y" or "M" or "MT" || (int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 22)
            ? name
            : null;
    }

    private static long? ToLong(decimal? value) => value is { } v && v == decimal.Truncate(v) ? (long)v : null;
}

namespace OmicsBridge.Formats.Manifest;

/// <summary>
/// Maps header names to manifest fields. Names are compared after lower-casing and removing spaces, <c>_</c>,
/// <c>-</c>, <c>.</c> and brackets, so <c>Sample ID</c>, <c>SAMPLE_ID</c> and <c>sample-id</c> are one name.
/// The table is documented in docs/formats/manifest.md; keep the two in step.
/// </summary>
internal static class ManifestColumns
{
    private static readonly Dictionary<string, ManifestField> s_synonyms = Build(
        (ManifestField.SampleId, ["sample", "sampleid", "samplename", "samplebarcode", "specimen", "specimenid", "biospecimen", "biospecimenid", "tumorsamplebarcode", "aliquot", "aliquotid"]),
        (ManifestField.PatientId, ["patient", "patientid", "subject", "subjectid", "participant", "participantid", "mrn", "medicalrecordnumber", "case", "caseid", "donor", "donorid", "individual", "individualid", "sourcepatientid", "patientsourceid"]),
        (ManifestField.PatientIdSystem, ["patientidsystem", "patientsystem", "idsystem", "identifiersystem", "patientidentifiersystem", "assigningauthority"]),
        (ManifestField.SampleType, ["sampletype", "specimentype", "biospecimentype", "sampleclass", "material", "materialtype"]),
        (ManifestField.Tissue, ["tissue", "tissuetype", "tissuesite", "anatomicsite", "bodysite", "primarysite", "organ", "samplesite"]),
        (ManifestField.CollectionDate, ["collectiondate", "collectedat", "datecollected", "collected", "collectiondatetime", "dateofcollection", "samplingdate", "sampledate", "specimencollectiondate", "procurementdate"]),
        (ManifestField.Modality, ["modality", "assay", "assaytype", "datatype", "omics", "omicstype", "experimenttype", "experimentalstrategy", "librarystrategy"]),
        (ManifestField.Platform, ["platform", "instrument", "instrumentmodel", "technology", "sequencer", "arraytype"]),
        (ManifestField.Batch, ["batch", "batchid", "batchnumber", "runbatch", "plate", "plateid"]),
        (ManifestField.RunDate, ["rundate", "sequencingdate", "seqdate", "datesequenced", "assaydate", "processingdate", "acquisitiondate"]));

    /// <summary>The field <paramref name="header"/> maps to, or <see cref="ManifestField.None"/>.</summary>
    public static ManifestField Map(string header)
        => s_synonyms.TryGetValue(Key(header), out var field) ? field : ManifestField.None;

    /// <summary>Whether <paramref name="header"/> names an MRN column (its ids get the system <c>MRN</c>).</summary>
    public static bool IsMrn(string header) => Key(header) is "mrn" or "medicalrecordnumber";

    private static string Key(string header)
    {
        Span<char> buffer = stackalloc char[Math.Min(header.Length, 128)];
        var length = 0;
        foreach (var c in header.AsSpan(0, Math.Min(header.Length, 128)))
        {
            if (c is not (' ' or '_' or '-' or '.' or '(' or ')' or '[' or ']' or '\uFEFF'))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..length]);
    }

    private static Dictionary<string, ManifestField> Build(params (ManifestField Field, string[] Names)[] groups)
    {
        var map = new Dictionary<string, ManifestField>(StringComparer.Ordinal);
        foreach (var (field, names) in groups)
        {
            foreach (var name in names)
            {
                map.Add(name, field);
            }
        }

        return map;
    }
}

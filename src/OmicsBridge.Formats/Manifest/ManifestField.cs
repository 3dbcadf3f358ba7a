namespace OmicsBridge.Formats.Manifest;

/// <summary>The manifest fields a header column can map to.</summary>
internal enum ManifestField
{
    None,
    SampleId,
    PatientId,
    PatientIdSystem,
    SampleType,
    Tissue,
    CollectionDate,
    Modality,
    Platform,
    Batch,
    RunDate,
}

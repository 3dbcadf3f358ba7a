using OmicsBridge.Lake.Schema.Tables;

namespace OmicsBridge.Lake.Schema;

/// <summary>Every table the lake knows, by name. Ingesters add theirs here as they grow.</summary>
public static class LakeTables
{
    public static IReadOnlyList<TableSchema> All { get; } =
    [
        SourceFileTable.Schema,
        IngestRunTable.Schema,
        RejectTable.Schema,
        PatientTable.Schema,
        PatientIdentifierTable.Schema,
        SampleTable.Schema,
        AssayTable.Schema,
        MolecularMeasurementTable.Schema,
        EncounterTable.Schema,
        ConditionTable.Schema,
        ObservationTable.Schema,
        MedicationTable.Schema,
        ProcedureTable.Schema,
        ConsentTable.Schema,
        IdentityMergeTable.Schema,
        VariantTable.Schema,
        VariantAnnotationTable.Schema,
        GenotypeTable.Schema,
        GenotypeSummaryTable.Schema,
        MutationTable.Schema,
        CopyNumberTable.Schema,
        PatientAttributeTable.Schema,
    ];

    public static TableSchema? Find(string name) => All.FirstOrDefault(t => t.Name == name);
}

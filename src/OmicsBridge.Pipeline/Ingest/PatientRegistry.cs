using OmicsBridge.Harmonize.Identity;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Writing;

namespace OmicsBridge.Pipeline.Ingest;

/// <summary>
/// The patients of one run: resolves identifiers through the crosswalk and writes a <c>patient</c> row for each new
/// person and a <c>patient_identifier</c> row for each new identifier.
/// </summary>
public sealed class PatientRegistry(IdentityResolver resolver, LakeWriteTransaction transaction)
{
    public IdentityResolver Resolver { get; } = resolver;

    /// <summary>Patients this run created.</summary>
    public int NewPatients { get; private set; }

    /// <summary>The patient_id for identifiers that arrived together, creating the patient when none is known.</summary>
    public string? Resolve(IReadOnlyList<PatientIdentifier> identifiers, string sourceKind)
    {
        var resolution = Resolver.Resolve(identifiers);
        if (resolution is null)
        {
            return null;
        }

        if (resolution.IsNewPatient)
        {
            NewPatients++;
            transaction.Table(PatientTable.Schema).NewRow()
                .AppendValue(resolution.PatientId)
                .AppendNullValue() // sex
                .AppendNullValue() // birth_date
                .AppendNullValue() // deceased
                .AppendNullValue() // death_date
                .AppendNullValue() // last_contact_date
                .AppendValue(transaction.RunId)
                .AppendValue(sourceKind)
                .EndRow();
        }

        foreach (var identifier in resolution.NewIdentifiers)
        {
            transaction.Table(PatientIdentifierTable.Schema).NewRow()
                .AppendValue(resolution.PatientId)
                .AppendValue(identifier.System)
                .AppendValue(identifier.Value)
                .AppendValue(sourceKind)
                .AppendValue(transaction.RunId)
                .EndRow();
        }

        return resolution.PatientId;
    }
}

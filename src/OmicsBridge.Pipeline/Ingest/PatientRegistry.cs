using OmicsBridge.Harmonize.Identity;
using OmicsBridge.Lake.Catalog;
using OmicsBridge.Lake.Query;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Writing;
using OmicsBridge.Pipeline.Ingest.Sources.Clinical;

namespace OmicsBridge.Pipeline.Ingest;

/// <summary>
/// The patients of one run: resolves identifiers through the crosswalk and writes a <c>patient</c> row for each new
/// person and a <c>patient_identifier</c> row for each new identifier.
/// </summary>
/// <remarks>
/// Sources without demographics (manifests) get their patient rows written at once. Clinical sources call
/// <see cref="DeferRows"/> first: new patients are then held until <see cref="Complete"/>, because a FHIR Observation
/// often names its patient before the Patient resource with sex and birth date arrives. Demographics for a patient the
/// lake already holds are applied by rewriting the (small) <c>patient</c> table copy-on-write, once per run.
/// </remarks>
public sealed class PatientRegistry(IdentityResolver resolver, LakeWriteTransaction transaction)
{
    private readonly Dictionary<string, PendingPatient> _pending = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PatientDemographics> _updates = new(StringComparer.Ordinal);
    private bool _deferred;
    private bool _appended;
    private bool _replaced;

    public IdentityResolver Resolver { get; } = resolver;

    /// <summary>Patients this run created.</summary>
    public int NewPatients { get; private set; }

    /// <summary>The patient_id for identifiers that arrived together, creating the patient when none is known.</summary>
    public string? Resolve(IReadOnlyList<PatientIdentifier> identifiers, string sourceKind) => Resolve(identifiers, sourceKind, null);

    /// <summary>As <see cref="Resolve(IReadOnlyList{PatientIdentifier}, string)"/>, recording what the source says about the person.</summary>
    public string? Resolve(IReadOnlyList<PatientIdentifier> identifiers, string sourceKind, PatientDemographics? demographics)
    {
        var resolution = Resolver.Resolve(identifiers);
        if (resolution is null)
        {
            return null;
        }

        if (resolution.IsNewPatient)
        {
            NewPatients++;
            var pending = new PendingPatient(sourceKind, demographics ?? PatientDemographics.Empty);
            if (_deferred)
            {
                _pending[resolution.PatientId] = pending;
            }
            else
            {
                WriteRow(resolution.PatientId, pending);
            }
        }
        else if (demographics is { IsEmpty: false })
        {
            Describe(resolution.PatientId, demographics);
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

    /// <summary>From now on in this run, hold new patient rows until <see cref="Complete"/> so demographics can still arrive.</summary>
    public void DeferRows() => _deferred = true;

    /// <summary>Records demographics for a known patient (created in this run or earlier).</summary>
    public void Describe(string patientId, PatientDemographics demographics)
    {
        ArgumentNullException.ThrowIfNull(demographics);
        if (demographics.IsEmpty)
        {
            return;
        }

        if (_pending.TryGetValue(patientId, out var pending))
        {
            _pending[patientId] = pending with { Demographics = pending.Demographics.Merge(demographics) };
        }
        else
        {
            _updates[patientId] = _updates.TryGetValue(patientId, out var known) ? known.Merge(demographics) : demographics;
        }
    }

    /// <summary>
    /// Writes the held patient rows and applies demographics to patients written earlier, rewriting the <c>patient</c>
    /// table when needed. Returns how many patients' demographics could not be applied in this run (their row was
    /// already written by an earlier file of the run after the table had been rewritten); a later run applies them.
    /// </summary>
    public int Complete(Lake.Workspace.Workspace workspace)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        var unapplied = 0;
        if (_updates.Count > 0)
        {
            if (!_replaced && !_appended)
            {
                RewriteExisting(workspace);
                _replaced = true;
            }
            else
            {
                unapplied = _updates.Count;
            }

            _updates.Clear();
        }

        foreach (var (patientId, pending) in _pending)
        {
            WriteRow(patientId, pending);
        }

        _pending.Clear();
        return unapplied;
    }

    private void RewriteExisting(Lake.Workspace.Workspace workspace)
    {
        var appender = transaction.ReplaceTable(PatientTable.Schema);
        var snapshot = new LakeStore(workspace).GetSnapshot();
        if (snapshot.Version is null)
        {
            return;
        }

        using var engine = LakeQueryEngine.Open(snapshot);
        using var reader = engine.ExecuteReader(
            "SELECT patient_id, sex, birth_date, deceased, death_date, last_contact_date, created_by_run, created_from FROM patient");
        while (reader.Read())
        {
            var patientId = reader.GetString(0);
            var known = new PatientDemographics
            {
                Sex = reader.IsDBNull(1) ? null : reader.GetString(1),
                BirthDate = reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                Deceased = reader.IsDBNull(3) ? null : reader.GetBoolean(3),
                DeathDate = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4),
                LastContactDate = reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
            };
            if (_updates.TryGetValue(patientId, out var update))
            {
                known = known.Merge(update);
            }

            Append(appender, patientId, known, reader.GetString(6), reader.GetString(7));
        }
    }

    private void WriteRow(string patientId, PendingPatient pending)
    {
        _appended = true;
        Append(transaction.Table(PatientTable.Schema), patientId, pending.Demographics, transaction.RunId, pending.SourceKind);
    }

    private static void Append(TableAppender table, string patientId, PatientDemographics d, string createdByRun, string createdFrom) =>
        table.NewRow()
            .AppendValue(patientId)
            .AppendValue(d.Sex)
            .AppendValue(d.BirthDate)
            .AppendValue(d.Deceased)
            .AppendValue(d.DeathDate)
            .AppendValue(d.LastContactDate)
            .AppendValue(createdByRun)
            .AppendValue(createdFrom)
            .EndRow();

    private sealed record PendingPatient(string SourceKind, PatientDemographics Demographics);
}

using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Access;

namespace OmicsBridge.Governance.Consent;

/// <summary>
/// Decides, from consent records, whether a patient's data of a category may be used for a purpose on a date.
/// </summary>
/// <remarks>
/// For a (patient, category), the governing record is the latest one covering the category whose start date is on
/// or before the date (ties: later in the source wins); records starting later are ignored. Then:
/// withdrawn → excluded; expired, or ended before the date → excluded; active → usable when one of its purposes
/// permits the caller's purpose (<see cref="DuoHierarchy"/>), NPOA does not forbid it, and every condition modifier
/// (<see cref="ConsentModifiers.Conditions"/>) is among the caller's attestations. No governing record →
/// <see cref="MissingConsentPolicy"/> (deny by default). A withdrawal therefore only needs a newer record: nothing
/// is re-ingested, and the next query sees it.
/// </remarks>
public sealed class ConsentEvaluator
{
    private static readonly HashSet<string> s_noObligations = new(StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, List<PatientConsent>> _byPatient = new(StringComparer.Ordinal);
    private readonly MissingConsentPolicy _missing;
    private readonly IDiseaseHierarchy _diseases;

    public ConsentEvaluator(IEnumerable<PatientConsent> records, MissingConsentPolicy missing = MissingConsentPolicy.Deny, IDiseaseHierarchy? diseases = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var record in records)
        {
            if (!_byPatient.TryGetValue(record.PatientId, out var list))
            {
                _byPatient[record.PatientId] = list = [];
            }

            list.Add(record);
        }

        foreach (var list in _byPatient.Values)
        {
            list.Sort((a, b) => (a.Start ?? DateOnly.MinValue).CompareTo(b.Start ?? DateOnly.MinValue) is var c and not 0 ? c : a.Order.CompareTo(b.Order));
        }

        _missing = missing;
        _diseases = diseases ?? DiseaseHierarchy.IdentityOnly;
    }

    /// <summary>The patients that have at least one record.</summary>
    public IEnumerable<string> Patients => _byPatient.Keys;

    public ConsentDecision Evaluate(string patientId, Purpose purpose, string category, DateOnly date, IReadOnlySet<string>? attestations = null)
    {
        ArgumentNullException.ThrowIfNull(patientId);
        ArgumentNullException.ThrowIfNull(purpose);
        ArgumentNullException.ThrowIfNull(category);
        PatientConsent? governing = null;
        var startsLater = false;
        if (_byPatient.TryGetValue(patientId, out var records))
        {
            foreach (var record in records)
            {
                if (!record.Covers(category))
                {
                    continue;
                }

                if (record.Start is { } start && start > date)
                {
                    startsLater = true;
                    continue;
                }

                governing = record;
            }
        }

        if (governing is null)
        {
            return startsLater
                ? new(ConsentOutcome.NotYetValid, $"consent for {category} data starts after {date:yyyy-MM-dd}", s_noObligations)
                : _missing == MissingConsentPolicy.Permit
                    ? new(ConsentOutcome.Permitted, $"no consent record for {category} data; the workspace permits patients without one", s_noObligations)
                    : new(ConsentOutcome.NoConsent, $"no consent record covers {category} data", s_noObligations);
        }

        return Decide(governing, purpose, category, date, attestations ?? s_noObligations);
    }

    /// <summary>
    /// The (patient, category) pairs usable for the purpose on the date, over <paramref name="patients"/> (all lake
    /// patients; needed because a permissive <see cref="MissingConsentPolicy"/> includes patients without records),
    /// plus counts of who was excluded and why. This is what the gate loads as <c>consent_effective</c>.
    /// </summary>
    public (IReadOnlyList<(string PatientId, string Category)> Rows, ConsentSummary Summary) Effective(
        IEnumerable<string> patients, Purpose purpose, IReadOnlyList<string> categories, DateOnly date, IReadOnlySet<string>? attestations = null)
    {
        ArgumentNullException.ThrowIfNull(patients);
        ArgumentNullException.ThrowIfNull(categories);
        var rows = new List<(string, string)>();
        var excluded = new Dictionary<ConsentOutcome, int>();
        var total = 0;
        var included = 0;
        foreach (var patient in patients.Distinct(StringComparer.Ordinal))
        {
            total++;
            var any = false;
            ConsentOutcome? firstRefusal = null;
            foreach (var category in categories)
            {
                var decision = Evaluate(patient, purpose, category, date, attestations);
                if (decision.Usable)
                {
                    rows.Add((patient, category));
                    any = true;
                }
                else
                {
                    firstRefusal ??= decision.Outcome;
                }
            }

            if (any)
            {
                included++;
            }
            else if (firstRefusal is { } outcome)
            {
                excluded[outcome] = excluded.GetValueOrDefault(outcome) + 1;
            }
        }

        return (rows, new ConsentSummary(total, included, excluded));
    }

    private ConsentDecision Decide(PatientConsent record, Purpose purpose, string category, DateOnly date, IReadOnlySet<string> attestations)
    {
        switch (record.Status)
        {
            case ConsentStatus.Withdrawn:
                return new(ConsentOutcome.Withdrawn, $"consent for {category} data was withdrawn", s_noObligations);
            case ConsentStatus.Expired:
                return new(ConsentOutcome.Expired, $"consent for {category} data has expired", s_noObligations);
        }

        if (record.End is { } end && end < date)
        {
            return new(ConsentOutcome.Expired, $"consent for {category} data ended on {end:yyyy-MM-dd}", s_noObligations);
        }

        if (purpose.Code == DuoCodes.PopulationOriginsAncestry && record.Modifiers.Contains(DuoCodes.NoPopulationOriginsAncestry))
        {
            return new(ConsentOutcome.PurposeNotPermitted, "consent forbids population origins or ancestry research (DUO:0000044)", s_noObligations);
        }

        if (!record.Purposes.Any(p => DuoHierarchy.Permits(p, purpose, _diseases)))
        {
            var listed = record.Purposes.Count == 0 ? "none" : string.Join(", ", record.Purposes);
            return new(ConsentOutcome.PurposeNotPermitted, $"consented purposes ({listed}) do not permit {purpose}", s_noObligations);
        }

        var unmet = record.Modifiers.Where(m => ConsentModifiers.Conditions.Contains(m) && !attestations.Contains(m)).Order(StringComparer.Ordinal).ToList();
        if (unmet.Count > 0)
        {
            return new(ConsentOutcome.ConditionNotMet, $"consent requires conditions the caller has not attested: {string.Join(", ", unmet)}", s_noObligations);
        }

        var obligations = record.Modifiers.Where(ConsentModifiers.Obligations.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new(ConsentOutcome.Permitted, $"consent permits {purpose} use of {category} data", obligations);
    }
}

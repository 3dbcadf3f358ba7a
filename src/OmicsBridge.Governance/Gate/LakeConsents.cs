using System.Globalization;
using OmicsBridge.Core.Access;
using OmicsBridge.Governance.Consent;
using OmicsBridge.Lake.Query;

namespace OmicsBridge.Governance.Gate;

/// <summary>
/// Reads the lake's <c>consent</c> table (rows from consent CSVs and FHIR Consent resources) back into
/// <see cref="PatientConsent"/> records, at the snapshot being queried, so a withdrawal ingested a moment ago applies
/// to the next query.
/// </summary>
internal static class LakeConsents
{
    public static IReadOnlyList<PatientConsent> Read(LakeQueryEngine engine)
    {
        if (!engine.Snapshot.HasTable("consent"))
        {
            return [];
        }

        var records = new List<PatientConsent>();
        using var reader = engine.ExecuteReader(
            "SELECT patient_id, status, purposes, modifiers, data_categories, start_date, end_date, consent_id "
            + "FROM \"consent\" ORDER BY recorded_at NULLS FIRST, consent_id");
        long order = 0;
        while (reader.Read())
        {
            order++;
            var status = Status(reader.GetString(1));
            if (status is null)
            {
                // draft, proposed, entered-in-error: not a decision of the patient yet (or ever).
                continue;
            }

            var purposes = new List<Purpose>();
            foreach (var code in Split(reader.IsDBNull(2) ? null : reader.GetString(2)))
            {
                if (Purpose.TryParse(code, out var purpose, out _))
                {
                    purposes.Add(purpose);
                }
            }

            // FHIR deny provisions arrive as "deny:CODE"; consent narrowing by purpose is not modelled as a modifier.
            var modifiers = Split(reader.IsDBNull(3) ? null : reader.GetString(3))
                .Where(m => !m.StartsWith("deny:", StringComparison.OrdinalIgnoreCase))
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            var categories = Split(reader.IsDBNull(4) ? null : reader.GetString(4))
                .Select(c => DataCategories.Normalize(c) ?? c.ToLowerInvariant())
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            records.Add(new PatientConsent(
                reader.GetString(0), status.Value, purposes, modifiers, categories,
                Date(reader, 5), Date(reader, 6), order, null, reader.IsDBNull(7) ? null : reader.GetString(7)));
        }

        return records;
    }

    private static ConsentStatus? Status(string text) => text.Trim().ToLowerInvariant() switch
    {
        "active" => ConsentStatus.Active,
        "withdrawn" or "inactive" or "rejected" or "revoked" => ConsentStatus.Withdrawn,
        "expired" => ConsentStatus.Expired,
        _ => null,
    };

    private static string[] Split(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : text.Split([',', ';', '|'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static DateOnly? Date(System.Data.Common.DbDataReader reader, int ordinal)
    {
        if (reader.IsDBNull(ordinal))
        {
            return null;
        }

        return reader.GetValue(ordinal) switch
        {
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            var other => DateOnly.Parse(Convert.ToString(other, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
        };
    }
}

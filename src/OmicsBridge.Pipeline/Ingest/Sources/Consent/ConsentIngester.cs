using System.Globalization;
using System.Text;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Consent;
using OmicsBridge.Lake.Schema.Tables;

namespace OmicsBridge.Pipeline.Ingest.Sources.Consent;

/// <summary>
/// Consent CSVs (<see cref="ConsentCsvReader"/>) → <c>consent</c>, one row per record. The gate reads that table at
/// every researcher query, so a withdrawal ingested now applies to the next query.
/// </summary>
/// <remarks>
/// The patient column holds an identifier of <c>identifier_system</c> (a bare value belongs to the workspace's default
/// system, like a manifest's MRN) and is resolved through the identifier crosswalk; a person not seen before gets a
/// patient_id now, so consent may arrive before the data it governs. Bad rows go to <c>reject</c> with their GOV code.
/// </remarks>
public sealed class ConsentIngester : ISourceIngester
{
    public string Kind => "consent";

    public bool Recognizes(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.ToLowerInvariant();
        return name.Contains("consent", StringComparison.Ordinal)
            && (name.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".tsv", StringComparison.Ordinal));
    }

    public void Ingest(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Unit = "consent records";
        using var stream = context.OpenRead();
        using var text = new StreamReader(stream, Encoding.UTF8);
        var reader = new ConsentCsvReader(text, context.File.Name);
        var seen = 0;
        var recordedAt = DateTime.UtcNow;
        foreach (var record in reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            seen = Drain(context, reader, seen);
            var identifier = context.Patients.Resolver.Canonicalize(record.IdentifierSystem, record.PatientId);
            var patientId = context.Patients.Resolve([identifier], Kind);
            if (patientId is null)
            {
                context.Reject(new ParseIssue("GOV005", IssueSeverity.Error, context.File.Name, (int)record.Order, null, "patient_id",
                    "the patient identifier could not be resolved"));
                continue;
            }

            context.Table(ConsentTable.Schema).NewRow()
                .AppendValue(record.ConsentId ?? string.Create(CultureInfo.InvariantCulture, $"{context.File.Sha256[..12]}:{record.Order}"))
                .AppendValue(patientId)
                .AppendValue(record.Status.ToString().ToLowerInvariant())
                .AppendValue(Join(record.Purposes.Select(p => p.ToString())))
                .AppendValue(Join(record.Modifiers))
                .AppendValue(Join(record.Categories))
                .AppendValue(record.Start)
                .AppendValue(record.End)
                .AppendValue(recordedAt)
                .AppendValue(Kind)
                .AppendValue(record.ConsentId)
                .AppendValue(context.File.Sha256)
                .AppendValue(context.RunId)
                .EndRow();
            context.Accept();
        }

        Drain(context, reader, seen);
        if (reader.Issues.Any(i => i.Severity == IssueSeverity.Fatal))
        {
            throw OmicsBridgeException.InvalidInput(
                $"{context.File.Name}: not a consent file: {string.Join("; ", reader.Issues.Where(i => i.Severity == IssueSeverity.Fatal))}",
                [.. reader.Issues]);
        }
    }

    private static int Drain(IngestContext context, ConsentCsvReader reader, int seen)
    {
        for (; seen < reader.Issues.Count; seen++)
        {
            var issue = reader.Issues[seen];
            if (issue.Severity == IssueSeverity.Warning)
            {
                context.Warn(issue);
            }
            else if (issue.Severity == IssueSeverity.Error)
            {
                context.Reject(issue);
            }
        }

        return seen;
    }

    private static string? Join(IEnumerable<string> values)
    {
        var list = values.Where(v => !string.IsNullOrWhiteSpace(v)).Distinct(StringComparer.Ordinal).ToList();
        return list.Count == 0 ? null : string.Join(',', list);
    }
}

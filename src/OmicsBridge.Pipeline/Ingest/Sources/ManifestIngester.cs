using System.Globalization;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Manifest;
using OmicsBridge.Harmonize.Identity;

namespace OmicsBridge.Pipeline.Ingest.Sources;

/// <summary>
/// Sample manifests → <c>sample</c>, <c>assay</c>, and a <c>patient</c> (+ <c>patient_identifier</c>) for a person not
/// seen before. A record is one manifest line.
/// </summary>
/// <remarks>
/// SM1 a sample's patient is resolved through the identifier crosswalk (system + value), never by name or date.
/// SM2 a sample id the lake already holds is the same sample: a new line may add an assay of another modality, but a
/// line naming another patient for it is rejected. SM3 a line without a patient identifier loads a sample without a
/// patient, reported. SM4 a line whose modality is unknown loads the sample without an assay; the text stays in extra.
/// </remarks>
public sealed class ManifestIngester : ISourceIngester
{
    private static readonly HashSet<string> s_rejectingCodes = new(StringComparer.Ordinal)
    {
        ManifestIssueCodes.DuplicateSampleId,
        ManifestIssueCodes.TooFewColumns,
        ManifestIssueCodes.EmptySampleId,
        ManifestIssueCodes.TooManyColumns,
    };

    public string Kind => "manifest";

    public bool Recognizes(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.ToLowerInvariant();
        var tabular = name.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".tsv", StringComparison.Ordinal) || name.EndsWith(".txt", StringComparison.Ordinal);
        return tabular && (name.Contains("manifest", StringComparison.Ordinal) || name.Contains("sample", StringComparison.Ordinal));
    }

    public void Ingest(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Unit = "rows";
        using var stream = context.OpenRead();
        using var reader = new SampleManifestReader(stream, context.File.Name, new SampleManifestReaderOptions
        {
            DefaultPatientIdSystem = context.Workspace.Settings.Identity.DefaultSystem,
        });

        var issuesSeen = 0;
        var withoutPatient = 0;
        var newPatients = context.Patients.NewPatients;
        foreach (var record in reader.ReadRecords())
        {
            cancellationToken.ThrowIfCancellationRequested();
            issuesSeen = Drain(context, reader, issuesSeen);
            var patientId = record.PatientId is { Length: > 0 } value
                ? context.Patients.Resolve([context.Patients.Resolver.Canonicalize(record.PatientIdSystem, value)], Kind)
                : null;

            if (context.Samples.TryGetSample(record.SampleId, out var known))
            {
                if (known.PatientId != patientId)
                {
                    context.Reject(new ParseIssue("MAN101", IssueSeverity.Error, context.File.Name, record.LineNumber, null, "patient",
                        $"sample {record.SampleId} already belongs to another patient (declared in {known.SourceName}); the line is rejected"));
                    continue;
                }
            }
            else
            {
                context.Samples.AddSample(new KnownSample(record.SampleId, patientId, context.File.Sha256, context.File.Name),
                    record.SampleType, record.Tissue, record.CollectionDate, record.Extra);
            }

            if (patientId is null)
            {
                withoutPatient++;
            }

            if (record.Modality is not null)
            {
                context.Samples.AddAssay(record.SampleId, record.Modality, record.Platform, record.Batch, record.RunDate, context.File.Sha256);
            }

            context.Accept();
        }

        Drain(context, reader, issuesSeen);
        var created = context.Patients.NewPatients - newPatients;
        context.Note(string.Create(CultureInfo.InvariantCulture, $"{created:N0} new patients"));
        if (withoutPatient > 0)
        {
            context.Note(string.Create(CultureInfo.InvariantCulture, $"{withoutPatient:N0} samples without a patient identifier"));
        }
    }

    private static int Drain(IngestContext context, SampleManifestReader reader, int seen)
    {
        var issues = reader.Issues;
        for (; seen < issues.Count; seen++)
        {
            if (s_rejectingCodes.Contains(issues[seen].Code))
            {
                context.Reject(issues[seen]);
            }
            else
            {
                context.Warn(issues[seen]);
            }
        }

        return seen;
    }
}

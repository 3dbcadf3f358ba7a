using System.Security.Cryptography;
using System.Text;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Writing;

namespace OmicsBridge.Pipeline.Ingest;

/// <summary>
/// Samples and assays known to the lake plus those this run adds: how omics files find the sample and assay a column
/// belongs to, and how a sample id stays unique across manifests.
/// </summary>
public sealed class SampleRegistry(LakeWriteTransaction transaction)
{
    private readonly Dictionary<string, KnownSample> _samples = new(StringComparer.Ordinal);
    private readonly Dictionary<(string SampleId, string Modality), List<string>> _assays = [];

    /// <summary>Loads what the lake already holds (called once per run, before any file).</summary>
    public void Load(IEnumerable<KnownSample> samples, IEnumerable<(string AssayId, string SampleId, string Modality)> assays)
    {
        ArgumentNullException.ThrowIfNull(samples);
        ArgumentNullException.ThrowIfNull(assays);
        foreach (var sample in samples)
        {
            _samples[sample.SampleId] = sample;
        }

        foreach (var (assayId, sampleId, modality) in assays)
        {
            AddAssayKey(sampleId, modality, assayId);
        }
    }

    public bool TryGetSample(string sampleId, out KnownSample sample) => _samples.TryGetValue(sampleId, out sample!);

    /// <summary>Writes a <c>sample</c> row and remembers it.</summary>
    public void AddSample(KnownSample sample, string? sampleType, string? tissue, DateOnly? collectedAt, string? extraJson)
    {
        ArgumentNullException.ThrowIfNull(sample);
        _samples[sample.SampleId] = sample;
        var row = transaction.Table(SampleTable.Schema).NewRow()
            .AppendValue(sample.SampleId)
            .AppendValue(sample.PatientId)
            .AppendValue(sampleType)
            .AppendValue(tissue)
            .AppendValue(collectedAt)
            .AppendValue(extraJson)
            .AppendValue(sample.SourceSha256)
            .AppendValue(transaction.RunId);
        row.EndRow();
    }

    /// <summary>The assays of a sample in one modality (usually one).</summary>
    public IReadOnlyList<string> FindAssays(string sampleId, string modality) =>
        _assays.TryGetValue((sampleId, modality), out var ids) ? ids : [];

    /// <summary>Writes an <c>assay</c> row; the id is derived from what distinguishes the assay, so re-declaring it is idempotent.</summary>
    public string AddAssay(string sampleId, string modality, string? platform, string? batch, DateOnly? runDate, string sourceSha256)
    {
        var assayId = AssayId(sampleId, modality, platform, batch, runDate);
        if (FindAssays(sampleId, modality).Contains(assayId))
        {
            return assayId;
        }

        AddAssayKey(sampleId, modality, assayId);
        transaction.Table(AssayTable.Schema).NewRow()
            .AppendValue(assayId)
            .AppendValue(sampleId)
            .AppendValue(modality)
            .AppendValue(platform)
            .AppendValue(batch)
            .AppendValue(runDate)
            .AppendValue(sourceSha256)
            .AppendValue(transaction.RunId)
            .EndRow();
        return assayId;
    }

    private void AddAssayKey(string sampleId, string modality, string assayId)
    {
        if (!_assays.TryGetValue((sampleId, modality), out var ids))
        {
            ids = [];
            _assays[(sampleId, modality)] = ids;
        }

        ids.Add(assayId);
    }

    private static string AssayId(string sampleId, string modality, string? platform, string? batch, DateOnly? runDate)
    {
        var key = string.Join('\u001f', sampleId, modality, platform ?? "", batch ?? "", runDate?.ToString("O", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return "as_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..20];
    }
}

/// <summary>A sample the lake knows: its patient (null when unknown) and the file that declared it.</summary>
public sealed record KnownSample(string SampleId, string? PatientId, string SourceSha256, string SourceName);

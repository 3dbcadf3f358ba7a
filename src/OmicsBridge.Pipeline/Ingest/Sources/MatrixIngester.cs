using System.Globalization;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Matrix;
using OmicsBridge.Lake.Schema.Tables;
using OmicsBridge.Lake.Writing;

namespace OmicsBridge.Pipeline.Ingest.Sources;

/// <summary>
/// Quantitative omics matrices (expression, protein, metabolite, methylation) → <c>molecular_measurement</c>, one row
/// per present value. A record is one cell: read = stored + missing (accepted) + rejected.
/// </summary>
/// <remarks>
/// Columns (or rows, with --samples-in-rows) are sample ids. MX1 a sample declared by a manifest links to its assay of
/// the matrix's modality, created if the manifest declared none; MX2 a sample no manifest declared is created without a
/// patient and reported; MX3 a sample with several assays of that modality is ambiguous, so its values are rejected.
/// </remarks>
public sealed class MatrixIngester : ISourceIngester
{
    private const int MaxProblems = 100_000;
    private const int BatchRows = 1 << 19;

    public string Kind => "matrix";

    public bool Recognizes(string fileName, ReadOnlySpan<byte> head)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        var name = fileName.ToLowerInvariant();
        return (name.Contains("expr", StringComparison.Ordinal) || name.Contains("matrix", StringComparison.Ordinal)
                || name.Contains("counts", StringComparison.Ordinal) || name.Contains("tpm", StringComparison.Ordinal))
               && (name.EndsWith(".tsv", StringComparison.Ordinal) || name.EndsWith(".tsv.gz", StringComparison.Ordinal)
                   || name.EndsWith(".csv", StringComparison.Ordinal) || name.EndsWith(".csv.gz", StringComparison.Ordinal)
                   || name.EndsWith(".txt", StringComparison.Ordinal) || name.EndsWith(".txt.gz", StringComparison.Ordinal));
    }

    public void Ingest(IngestContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Unit = "values";
        var samplesInRows = context.Options.SamplesInRows;
        var modality = context.Options.Modality;
        using var stream = context.OpenRead();
        using var reader = new ExpressionMatrixReader(stream, context.File.Name, new ExpressionMatrixReaderOptions
        {
            Orientation = samplesInRows ? MatrixOrientation.SamplesInRows : MatrixOrientation.FeaturesInRows,
            FeatureNamespace = ParseNamespace(context.Options.FeatureNamespace),
            MaxIssues = MaxProblems,
        });

        var created = new List<string>();
        var columnAssays = samplesInRows ? null : reader.ColumnIds.Select(id => LinkSample(context, id, modality, created)).ToArray();
        var measurements = context.Table(MolecularMeasurementTable.Schema);
        // Values go to Parquet column by column: one appender call per value would dominate a 20-million-value matrix.
        var batch = new ColumnBatch(MolecularMeasurementTable.Schema, BatchRows);
        var assayColumn = batch.Strings(0);
        var modalityColumn = batch.Strings(1);
        var namespaceColumn = batch.Strings(2);
        var featureColumn = batch.Strings(3);
        var valueColumn = batch.Doubles(4);
        var tally = new CellTally();
        string? featureNamespace = null;
        while (reader.TryReadRow(out var row))
        {
            cancellationToken.ThrowIfCancellationRequested();
            DrainIssues(context, reader, tally);
            featureNamespace ??= NamespaceName(reader.FeatureNamespace);
            var rowAssay = samplesInRows ? LinkSample(context, row.Id, modality, created) : null;
            var rowFeature = samplesInRows ? null : row.Id;
            var values = row.Values;
            var isMissing = row.Missing;
            for (var i = 0; i < values.Length; i++)
            {
                var assayId = samplesInRows ? rowAssay : columnAssays![i];
                if (isMissing[i])
                {
                    tally.MissingOrBad++;
                }
                else if (assayId is null)
                {
                    tally.Unlinked++;
                }
                else
                {
                    var n = batch.Count++;
                    assayColumn[n] = assayId;
                    modalityColumn[n] = modality;
                    namespaceColumn[n] = featureNamespace;
                    featureColumn[n] = rowFeature ?? reader.ColumnIds[i];
                    valueColumn[n] = values[i];
                    if (batch.IsFull)
                    {
                        measurements.AppendBatch(batch);
                        batch.Clear();
                    }

                    context.Accept();
                }
            }
        }

        measurements.AppendBatch(batch);
        DrainIssues(context, reader, tally);
        var missing = tally.MissingOrBad - tally.RejectedCells;
        context.Accept(missing);
        if (tally.Unlinked > 0)
        {
            context.Reject(new ParseIssue("MTX101", IssueSeverity.Error, context.File.Name, reader.HeaderLineNumber, null, "sample",
                $"{tally.Unlinked:N0} values of samples with several {modality} assays were not loaded: the assay they belong to is ambiguous"),
                tally.Unlinked);
        }

        if (created.Count > 0)
        {
            var shown = string.Join(", ", created.Take(5)) + (created.Count > 5 ? ", …" : "");
            context.Note(string.Create(CultureInfo.InvariantCulture, $"{created.Count:N0} samples in no manifest, created without a patient ({shown})"));
        }

        context.Note(string.Create(CultureInfo.InvariantCulture, $"{missing:N0} missing values (NA, empty, …) accepted as missing, not stored"));
    }

    /// <summary>Cell counts for the reconciliation of one matrix file.</summary>
    private sealed class CellTally
    {
        public int IssuesSeen { get; set; }

        public long Unlinked { get; set; }

        public long MissingOrBad { get; set; }

        public long RejectedCells { get; set; }
    }

    /// <summary>Moves the reader's new issues into reject: a bad cell rejects one value, a bad line all of its values.</summary>
    private static void DrainIssues(IngestContext context, ExpressionMatrixReader reader, CellTally tally)
    {
        if (reader.IssueCount > MaxProblems)
        {
            throw OmicsBridgeException.InvalidInput(
                $"{context.File.Name}: more than {MaxProblems:N0} problems; is this a {context.Kind} file? Nothing was loaded.", [.. reader.Issues.Take(20)]);
        }

        var issues = reader.Issues;
        for (; tally.IssuesSeen < issues.Count; tally.IssuesSeen++)
        {
            var issue = issues[tally.IssuesSeen];
            switch (issue.Code)
            {
                case MatrixIssueCodes.NotANumber:
                    context.Reject(issue);
                    tally.RejectedCells++;
                    break;
                case MatrixIssueCodes.RaggedRow or MatrixIssueCodes.EmptyId:
                    context.Reject(issue, reader.ColumnIds.Count);
                    break;
                case MatrixIssueCodes.NoValueColumns:
                    throw OmicsBridgeException.FromIssue(issue);
                default:
                    context.Warn(issue);
                    break;
            }
        }
    }

    private static string? LinkSample(IngestContext context, string sampleId, string modality, List<string> created)
    {
        if (!context.Samples.TryGetSample(sampleId, out _))
        {
            context.Samples.AddSample(new KnownSample(sampleId, null, context.File.Sha256, context.File.Name), null, null, null, null);
            created.Add(sampleId);
        }

        var assays = context.Samples.FindAssays(sampleId, modality);
        return assays.Count switch
        {
            0 => context.Samples.AddAssay(sampleId, modality, null, null, null, context.File.Sha256),
            1 => assays[0],
            _ => null,
        };
    }

    private static FeatureNamespace? ParseNamespace(string? stated)
    {
        if (stated is null)
        {
            return null;
        }

        foreach (var candidate in Enum.GetValues<FeatureNamespace>())
        {
            if (string.Equals(NamespaceName(candidate), stated, StringComparison.OrdinalIgnoreCase)
                || string.Equals(candidate.ToString(), stated, StringComparison.OrdinalIgnoreCase))
            {
                return candidate;
            }
        }

        throw OmicsBridgeException.Usage(
            $"Unknown feature namespace '{stated}'. Known: {string.Join(", ", Enum.GetValues<FeatureNamespace>().Select(NamespaceName))}.");
    }

    /// <summary>The namespace as stored in <c>feature_namespace</c> (the names cohort and analysis queries use).</summary>
    private static string NamespaceName(FeatureNamespace featureNamespace) => featureNamespace switch
    {
        FeatureNamespace.EnsemblGene => "ENSEMBL",
        FeatureNamespace.EnsemblTranscript => "ENSEMBL_TRANSCRIPT",
        FeatureNamespace.HgncSymbol => "HGNC",
        FeatureNamespace.EntrezGene => "ENTREZ",
        FeatureNamespace.UniProt => "UNIPROT",
        _ => "UNKNOWN",
    };
}

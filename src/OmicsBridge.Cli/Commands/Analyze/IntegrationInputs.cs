using System.Globalization;
using OmicsBridge.Analytics.Integration;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Gate;

namespace OmicsBridge.Cli.Commands.Analyze;

/// <summary>Reads what integration needs: which patients have which modality, and per-modality patient × feature blocks.</summary>
internal static class IntegrationInputs
{
    public sealed record Membership(
        Dictionary<string, IReadOnlyCollection<string>> Patients, Dictionary<string, int> Features, Dictionary<string, int> Batches);

    /// <summary>Patients per modality from <c>assay</c> ⋈ <c>sample</c>; features from molecular_measurement (or distinct
    /// variants for genomics); batches from <c>assay.batch</c>.</summary>
    public static Membership FromLake(QueryGate gate)
    {
        var patients = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var batches = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using (var result = gate.Query(new QueryRequest(
            "SELECT DISTINCT a.modality, s.patient_id, a.batch FROM assay a JOIN sample s ON s.sample_id = a.sample_id WHERE s.patient_id IS NOT NULL")))
        {
            foreach (var row in result.ReadRows())
            {
                var modality = (string)row[0]!;
                Set(patients, modality).Add((string)row[1]!);
                if (row[2] is string batch)
                {
                    Set(batches, modality).Add(batch);
                }
            }
        }

        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var result = gate.Query(new QueryRequest(
            "SELECT modality, count(DISTINCT feature_id) FROM molecular_measurement GROUP BY modality " +
            "UNION ALL SELECT 'genomics', count(DISTINCT variant_key) FROM genotype")))
        {
            foreach (var row in result.ReadRows())
            {
                var count = Convert.ToInt32(row[1], CultureInfo.InvariantCulture);
                if (count > 0)
                {
                    features[(string)row[0]!] = count;
                }
            }
        }

        return new Membership(
            patients.ToDictionary(p => p.Key, p => (IReadOnlyCollection<string>)p.Value, StringComparer.Ordinal),
            features,
            batches.ToDictionary(b => b.Key, b => b.Value.Count, StringComparer.Ordinal));
    }

    /// <summary>A long table with a patient column and a modality column, one row per patient and modality.</summary>
    public static Membership FromFile(string path, string patientColumn, string modalityColumn)
    {
        var file = DelimitedFile.Read(path);
        var p = file.IndexOf(patientColumn);
        var m = file.IndexOf(modalityColumn);
        var patients = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in file.Rows)
        {
            if (row[p] is { } patient && row[m] is { } modality)
            {
                Set(patients, modality).Add(patient);
            }
        }

        return new Membership(patients.ToDictionary(x => x.Key, x => (IReadOnlyCollection<string>)x.Value, StringComparer.Ordinal), [], []);
    }

    /// <summary>Every quantitative modality in the lake as a patient × feature block (first assay per patient, by id).</summary>
    public static List<ModalityBlock> BlocksFromLake(QueryGate gate)
    {
        var modalities = new List<string>();
        using (var result = gate.Query(new QueryRequest("SELECT DISTINCT modality FROM molecular_measurement ORDER BY 1")))
        {
            modalities.AddRange(result.ReadRows().Select(r => (string)r[0]!));
        }

        var blocks = new List<ModalityBlock>();
        foreach (var modality in modalities)
        {
            var lake = LakeMatrix.Load(gate, modality);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var columns = new List<int>();
            for (var j = 0; j < lake.Matrix.Samples.Count; j++)
            {
                if (lake.Patients[j] is { } patient && seen.Add(patient))
                {
                    columns.Add(j);
                }
            }

            blocks.Add(Block(modality, lake.Matrix, columns, j => lake.Patients[j]!));
        }

        return blocks;
    }

    /// <summary><c>name=path</c> pairs of features × samples files whose sample ids are patient ids.</summary>
    public static List<ModalityBlock> BlocksFromFiles(IReadOnlyList<string> specs)
    {
        var blocks = new List<ModalityBlock>();
        foreach (var spec in specs)
        {
            var eq = spec.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw OmicsBridgeException.Usage($"--matrices takes name=path pairs; got '{spec}'.");
            }

            var matrix = MatrixFile.Read(spec[(eq + 1)..]);
            blocks.Add(Block(spec[..eq], matrix, [.. Enumerable.Range(0, matrix.Samples.Count)], j => matrix.Samples[j]));
        }

        return blocks;
    }

    /// <summary>Writes the early-integration matrix as CSV, or as Parquet when the name ends in .parquet.</summary>
    public static void Export(IntegratedMatrix matrix, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        if (path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            IntegratedMatrixParquetWriter.Write(matrix, path);
            return;
        }

        using var writer = new StreamWriter(path);
        IntegratedMatrixCsvWriter.Write(matrix, writer);
    }

    private static ModalityBlock Block(string name, MatrixFile matrix, List<int> columns, Func<int, string> patientOf)
    {
        var values = new double[columns.Count, matrix.Features.Count];
        for (var r = 0; r < columns.Count; r++)
        {
            for (var f = 0; f < matrix.Features.Count; f++)
            {
                values[r, f] = matrix.Values[f, columns[r]];
            }
        }

        return new ModalityBlock(name, [.. columns.Select(patientOf)], matrix.Features, values);
    }

    private static HashSet<string> Set(Dictionary<string, HashSet<string>> sets, string key)
    {
        if (!sets.TryGetValue(key, out var set))
        {
            sets[key] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }
}

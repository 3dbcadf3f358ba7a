using System.Collections.Frozen;

namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// The RefSeq accessions of the GRCh37 and GRCh38 primary chromosomes (1–22, X, Y) and of the mitochondrial genome,
/// and the way back from a VCF chromosome name (<c>17</c>, <c>chr17</c>, <c>chrX</c>, <c>MT</c>, <c>chrM</c>).
/// </summary>
/// <remarks>
/// The mitochondrial sequence NC_012920.1 (rCRS) is the same in both assemblies, so it maps back to no single
/// assembly (<see cref="TryGetChromosome"/> returns a null assembly for it).
/// </remarks>
public static class RefSeqChromosomes
{
    /// <summary>The mitochondrial accession shared by GRCh37 and GRCh38.</summary>
    public const string Mitochondrion = "NC_012920.1";

    // Chromosome, GRCh37 version, GRCh38 version of NC_0000NN (NCBI assembly reports GCF_000001405.25 / .26).
    private static readonly (string Chromosome, int Number, int V37, int V38)[] s_table =
    [
        ("1", 1, 10, 11), ("2", 2, 11, 12), ("3", 3, 11, 12), ("4", 4, 11, 12), ("5", 5, 9, 10), ("6", 6, 11, 12),
        ("7", 7, 13, 14), ("8", 8, 10, 11), ("9", 9, 11, 12), ("10", 10, 10, 11), ("11", 11, 9, 10), ("12", 12, 11, 12),
        ("13", 13, 10, 11), ("14", 14, 8, 9), ("15", 15, 9, 10), ("16", 16, 9, 10), ("17", 17, 10, 11), ("18", 18, 9, 10),
        ("19", 19, 9, 10), ("20", 20, 10, 11), ("21", 21, 8, 9), ("22", 22, 10, 11), ("X", 23, 10, 11), ("Y", 24, 9, 10),
    ];

    private static readonly FrozenDictionary<string, (string Chromosome, GenomeAssembly? Assembly)> s_byAccession = BuildByAccession();

    /// <summary>Every (accession, chromosome, assembly) pair; the mitochondrion is listed once per assembly.</summary>
    public static IEnumerable<(string Accession, string Chromosome, GenomeAssembly Assembly)> All =>
        s_table.SelectMany(r => new[]
            {
                (Accession(r.Number, r.V37), r.Chromosome, GenomeAssembly.GRCh37),
                (Accession(r.Number, r.V38), r.Chromosome, GenomeAssembly.GRCh38),
            })
            .Append((Mitochondrion, "MT", GenomeAssembly.GRCh37))
            .Append((Mitochondrion, "MT", GenomeAssembly.GRCh38));

    /// <summary>The chromosome (<c>1</c>…<c>22</c>, <c>X</c>, <c>Y</c>, <c>MT</c>) and assembly of a RefSeq accession.</summary>
    public static bool TryGetChromosome(string accession, out string chromosome, out GenomeAssembly? assembly)
    {
        ArgumentNullException.ThrowIfNull(accession);
        if (s_byAccession.TryGetValue(accession, out var found))
        {
            (chromosome, assembly) = found;
            return true;
        }

        chromosome = string.Empty;
        assembly = null;
        return false;
    }

    /// <summary>The RefSeq accession of a chromosome named as in VCF (<c>17</c>, <c>chr17</c>, <c>X</c>, <c>chrM</c>, <c>MT</c>).</summary>
    public static bool TryGetAccession(string chromosome, GenomeAssembly assembly, out string accession)
    {
        ArgumentNullException.ThrowIfNull(chromosome);
        var name = Canonical(chromosome);
        if (name == "MT")
        {
            accession = Mitochondrion;
            return true;
        }

        foreach (var row in s_table)
        {
            if (row.Chromosome == name)
            {
                accession = Accession(row.Number, assembly == GenomeAssembly.GRCh37 ? row.V37 : row.V38);
                return true;
            }
        }

        accession = string.Empty;
        return false;
    }

    /// <summary>A chromosome name without a <c>chr</c> prefix, upper case, with M, 23, 24 read as MT, X, Y.</summary>
    public static string Canonical(string chromosome)
    {
        ArgumentNullException.ThrowIfNull(chromosome);
        var name = chromosome.StartsWith("chr", StringComparison.OrdinalIgnoreCase) ? chromosome[3..] : chromosome;
        name = name.ToUpperInvariant();
        return name switch
        {
            "M" or "MT" => "MT",
            "23" => "X",
            "24" => "Y",
            _ => name.TrimStart('0') is { Length: > 0 } trimmed && char.IsAsciiDigit(trimmed[0]) ? trimmed : name,
        };
    }

    private static string Accession(int number, int version) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"NC_{number:D6}.{version}");

    private static FrozenDictionary<string, (string, GenomeAssembly?)> BuildByAccession()
    {
        var map = new Dictionary<string, (string, GenomeAssembly?)>(StringComparer.Ordinal);
        foreach (var row in s_table)
        {
            map[Accession(row.Number, row.V37)] = (row.Chromosome, GenomeAssembly.GRCh37);
            map[Accession(row.Number, row.V38)] = (row.Chromosome, GenomeAssembly.GRCh38);
        }

        map[Mitochondrion] = ("MT", null);
        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}

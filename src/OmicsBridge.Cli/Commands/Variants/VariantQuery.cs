using System.Globalization;
using System.Text;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Hgvs;
using OmicsBridge.Governance.Gate;

namespace OmicsBridge.Cli.Commands.Variants;

/// <summary>
/// Builds the carriers query of <c>omicsbridge variants</c>: germline genotypes and somatic mutations with their sample
/// and patient, filtered by gene, HGVS, consequence and VAF. Everything is read through the governed gate.
/// </summary>
internal static class VariantQuery
{
    public static readonly string[] Columns =
        ["origin", "variant_key", "gene", "consequence", "hgvs_c", "hgvs_p", "clinical_significance", "sample_id", "patient_id", "gt", "zygosity", "vaf"];

    public static string Build(QueryGate gate, VariantsSettings settings)
    {
        var germline = new List<string>();
        var somatic = new List<string>();
        if (settings.Gene is { } gene)
        {
            var g = Literal(gene);
            germline.Add($"(v.gene = {g} OR v.variant_key IN (SELECT variant_key FROM variant_annotation WHERE gene = {g}))");
            somatic.Add($"(m.gene = {g} OR v.gene = {g})");
        }

        if (settings.Consequence is { } consequence)
        {
            var c = Literal(consequence);
            var match = $"(list_contains(string_split(coalesce(v.consequence, ''), '&'), {c}) OR v.variant_key IN " +
                        $"(SELECT variant_key FROM variant_annotation WHERE list_contains(string_split(coalesce(consequence, ''), '&'), {c})))";
            germline.Add(match);
            somatic.Add(match);
        }

        if (settings.MinVaf is { } vaf)
        {
            var v = vaf.ToString("R", CultureInfo.InvariantCulture);
            germline.Add($"g.vaf >= {v}");
            somatic.Add($"m.vaf >= {v}");
        }

        if (settings.Hgvs is { } hgvs)
        {
            var keys = HgvsKeys(gate, hgvs);
            var list = keys.Count == 0 ? "NULL" : string.Join(", ", keys.Select(Literal));
            germline.Add($"v.variant_key IN ({list})");
            somatic.Add($"m.variant_key IN ({list})");
        }

        var sql = new StringBuilder();
        sql.Append("SELECT 'germline' AS origin, v.variant_key, v.gene, v.consequence, v.hgvs_c, v.hgvs_p, v.clinical_significance, ")
            .Append("a.sample_id, s.patient_id, g.gt, g.zygosity, g.vaf ")
            .Append("FROM genotype g JOIN variant v ON v.variant_key = g.variant_key JOIN assay a ON a.assay_id = g.assay_id ")
            .Append("LEFT JOIN sample s ON s.sample_id = a.sample_id")
            .Append(Where(germline))
            .Append(" UNION ALL ")
            .Append("SELECT 'somatic', m.variant_key, coalesce(m.gene, v.gene), v.consequence, m.hgvs_c, m.hgvs_p, v.clinical_significance, ")
            .Append("m.sample_id, s.patient_id, NULL, 'somatic', m.vaf ")
            .Append("FROM mutation m LEFT JOIN variant v ON v.variant_key = m.variant_key LEFT JOIN sample s ON s.sample_id = m.sample_id")
            .Append(Where(somatic))
            .Append(" ORDER BY variant_key, sample_id");
        return sql.ToString();
    }

    /// <summary>The variant keys an HGVS description names: g. through its VCF alleles (or hgvs_g), c./p. through the annotations.</summary>
    private static List<string> HgvsKeys(QueryGate gate, string text)
    {
        if (!HgvsParser.TryParse(text, out var query, out var error))
        {
            throw OmicsBridgeException.FromIssue(error.ToIssue("--hgvs", 1, 1, field: null));
        }

        var normalized = HgvsNormalizer.Normalize(query);
        if (query.Type is HgvsCoordinateSystem.Genomic or HgvsCoordinateSystem.Mitochondrial)
        {
            var keys = new List<string>();
            var conversion = HgvsVcfConverter.ToVcf(query);
            if (conversion is { Status: HgvsVcfStatus.Converted, Variant: { } v })
            {
                keys.Add(string.Create(CultureInfo.InvariantCulture, $"{v.Assembly?.ToString() ?? "GRCh38"}:{v.Chromosome}-{v.Position}-{v.Reference}-{v.Alternate}"));
            }

            // Deletions need reference bases for their VCF anchor; the stored hgvs_g still names them.
            using var result = gate.Query(new QueryRequest($"SELECT variant_key FROM variant WHERE hgvs_g = {Literal(HgvsFormatter.Format(normalized))} OR hgvs_g = {Literal(text)}"));
            keys.AddRange(result.ReadRows().Select(r => (string)r[0]!));
            return keys;
        }

        var column = query.Type == HgvsCoordinateSystem.Protein ? "hgvs_p" : "hgvs_c";
        var wanted = Describe(normalized);
        var matches = new HashSet<string>(StringComparer.Ordinal);
        using (var result = gate.Query(new QueryRequest(
                   $"SELECT variant_key, {column} FROM variant_annotation WHERE {column} IS NOT NULL UNION SELECT variant_key, {column} FROM mutation WHERE {column} IS NOT NULL")))
        {
            foreach (var row in result.ReadRows())
            {
                if (row[1] is string candidate && HgvsParser.TryParse(candidate, out var parsed, out _)
                    && Describe(HgvsNormalizer.Normalize(parsed)) == wanted
                    && (query.Reference is null || parsed.Reference is null
                        || parsed.Reference.AccessionWithoutVersion == query.Reference.AccessionWithoutVersion))
                {
                    matches.Add((string)row[0]!);
                }
            }
        }

        return [.. matches];
    }

    // Annotations carry their transcript (ENST…:c.…) or none (MAF HGVSp_Short): compare the description alone.
    private static string Describe(HgvsVariant variant) => HgvsFormatter.Format(variant with { Reference = null });

    private static string Where(List<string> conditions) => conditions.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", conditions);

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}

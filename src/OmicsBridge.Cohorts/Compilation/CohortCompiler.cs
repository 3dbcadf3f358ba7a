using System.Globalization;
using System.Text;
using OmicsBridge.Cohorts.Definition;
using OmicsBridge.Cohorts.Parsing;
using OmicsBridge.Formats.Hgvs;

namespace OmicsBridge.Cohorts.Compilation;

/// <summary>
/// Compiles a definition to one DuckDB statement over the lake's views. Every leaf that reads an event table becomes a
/// CTE of patient ids; composition becomes a boolean expression over <c>patient</c>, so DuckDB plans the whole cohort
/// as one query (semi/anti joins against the leaf sets) — nothing is looped per patient in C#.
/// </summary>
/// <remarks>
/// Leaf CTEs are not de-duplicated: they are only ever probed with IN (a semi join), and a DISTINCT there cost up to 2×
/// on the benchmark's 5 M events. Leaf counts use count(DISTINCT).
/// </remarks>
public sealed class CohortCompiler
{
    /// <summary>SO terms of protein-altering consequences (cBioPortal's non-synonymous set), per OQL mutation type.</summary>
    private static readonly Dictionary<MutationClass, (string[] So, string[] Maf)> s_classes = new()
    {
        [MutationClass.Missense] = (["missense_variant"], ["Missense_Mutation"]),
        [MutationClass.Nonsense] = (["stop_gained"], ["Nonsense_Mutation"]),
        [MutationClass.Nonstart] = (["start_lost"], ["Translation_Start_Site"]),
        [MutationClass.Nonstop] = (["stop_lost"], ["Nonstop_Mutation"]),
        [MutationClass.Frameshift] = (["frameshift_variant"], ["Frame_Shift_Del", "Frame_Shift_Ins"]),
        [MutationClass.Inframe] = (["inframe_insertion", "inframe_deletion", "protein_altering_variant"], ["In_Frame_Del", "In_Frame_Ins"]),
        [MutationClass.Splice] = (["splice_acceptor_variant", "splice_donor_variant"], ["Splice_Site"]),
    };

    private static readonly MutationClass[] s_truncating =
        [MutationClass.Nonsense, MutationClass.Frameshift, MutationClass.Splice, MutationClass.Nonstart, MutationClass.Nonstop];

    private readonly List<string> _ctes = [];
    private readonly List<CompiledLeaf> _leaves = [];
    private readonly List<string> _warnings = [];
    private readonly SortedSet<string> _tables = new(StringComparer.Ordinal) { "patient" };
    private readonly SortedSet<string> _genes = new(StringComparer.Ordinal);
    private readonly HashSet<Criterion> _impliedByIndex = new(ReferenceEqualityComparer.Instance);
    private IndexEvent? _index;
    private DateOnly _referenceDate;

    private CohortCompiler()
    {
    }

    /// <summary>
    /// Compiles <paramref name="definition"/>. <paramref name="referenceDate"/> is the date ages are taken at when there is
    /// no index event (the lake version's date, so a re-run on the same snapshot gives the same ages).
    /// </summary>
    public static CompiledCohort Compile(CohortDefinition definition, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var compiler = new CohortCompiler { _referenceDate = referenceDate };
        return compiler.Run(definition);
    }

    private CompiledCohort Run(CohortDefinition definition)
    {
        _index = definition.Index;
        var indexNote = _index is null ? null : CriterionText.Format(_index);
        if (_index is null && UsesWindow(definition.Criteria))
        {
            _index = ImpliedIndex(definition.Criteria) ?? throw CohortIssues.Plain(CohortIssues.WindowWithoutIndex, "definition",
                "A time window ('within … after index', 'before index') needs an index event, and there is none: declare it with "
                + "'index first condition ICD10CM:C50*; …', '--index \"first sample\"', 'as index' after a criterion, or 'index:' in the document. "
                + "Without one, the first condition criterion of the top-level 'and' is the index.");
            indexNote = CriterionText.Format(_index) + " (implied: the first condition criterion)";
        }

        if (_index is not null)
        {
            _ctes.Add("idx AS (" + IndexSql(_index) + ")");
            ImpliedByIndex(definition.Criteria);
        }

        CheckContradictions(definition.Criteria);
        var predicate = Predicate(definition.Criteria);
        var from = _index is null ? "\"patient\" p" : "\"patient\" p JOIN idx i ON i.patient_id = p.patient_id";
        var select = _index is null ? "p.patient_id" : "p.patient_id, i.index_date";
        _ctes.Add($"members AS (SELECT {select} FROM {from} WHERE {predicate})");
        return new CompiledCohort("WITH " + string.Join(",\n", _ctes), _leaves, _warnings, [.. _tables], [.. _genes], indexNote);
    }

    private string Predicate(Criterion criterion)
    {
        switch (criterion)
        {
            case AllOf { Items.Count: 0 }:
                return "TRUE";
            case AllOf all:
                return "(" + string.Join(" AND ", all.Items.Select(Predicate)) + ")";
            case AnyOf { Items.Count: 0 }:
                return "FALSE";
            case AnyOf any:
                return "(" + string.Join(" OR ", any.Items.Select(Predicate)) + ")";
            case NoneOf none:
                return "NOT (" + string.Join(" OR ", none.Items.Select(Predicate)) + ")";
            case GeneQueryCriterion gene:
                return Predicate(gene.Expansion);
            case SexCriterion or AgeCriterion or VitalStatusCriterion:
                var inline = InlinePredicate(criterion);
                var from = _index is null ? "\"patient\" p" : "\"patient\" p JOIN idx i ON i.patient_id = p.patient_id";
                _leaves.Add(new CompiledLeaf(CriterionText.Leaf(criterion), $"SELECT count(*) FROM {from} WHERE {inline}"));
                return inline;
            default:
                var name = "c" + _leaves.Count.ToString(CultureInfo.InvariantCulture);
                _ctes.Add($"{name} AS ({LeafSql(criterion)})");
                _leaves.Add(new CompiledLeaf(CriterionText.Leaf(criterion), $"SELECT count(DISTINCT patient_id) FROM {name}"));
                // The leaf stays for the per-criterion counts; the members need not test what joining idx already ensures.
                return _impliedByIndex.Contains(criterion) ? "TRUE" : $"p.patient_id IN (SELECT patient_id FROM {name})";
        }
    }

    private string InlinePredicate(Criterion criterion) => criterion switch
    {
        SexCriterion sex => $"p.sex = {SqlText.Literal(sex.Sex)}",
        VitalStatusCriterion { Deceased: true } => "(p.deceased IS TRUE OR p.death_date IS NOT NULL)",
        VitalStatusCriterion => "(p.deceased IS NOT TRUE AND p.death_date IS NULL)",
        AgeCriterion age => $"(date_part('year', age(CAST({(_index is null ? SqlText.Date(_referenceDate) : "i.index_date")} AS TIMESTAMP), CAST(p.birth_date AS TIMESTAMP))) {age.Age.Symbol} {SqlText.Number(age.Age.Value)})",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion)),
    };

    private string LeafSql(Criterion criterion) => criterion switch
    {
        ClinicalEventCriterion e => ClinicalSql(e),
        VariantCriterion v => VariantSql(v),
        MutationCriterion m => MutationSql(m),
        CopyNumberCriterion c => CopyNumberSql(c),
        MeasurementCriterion m => MeasurementSql(m),
        ModalityCriterion m => Use("assay", "sample") + $"SELECT s.patient_id FROM \"assay\" a JOIN \"sample\" s ON s.sample_id = a.sample_id WHERE s.patient_id IS NOT NULL AND a.modality = {SqlText.Literal(m.Modality)}",
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion.GetType().Name, "Unknown criterion type."),
    };

    private static (string Table, string Date) Table(ClinicalDomain domain) => domain switch
    {
        ClinicalDomain.Condition => ("condition", "e.onset_date"),
        ClinicalDomain.Observation => ("observation", "CAST(e.effective_time AS DATE)"),
        ClinicalDomain.Medication => ("medication", "e.start_date"),
        _ => ("procedure", "e.performed_date"),
    };

    private string CodePredicate(CodeMatch code, string alias)
    {
        if (code.Descendants && !code.Prefix && code.Vocabulary is not ("ICD10CM" or "ICD10" or "ATC"))
        {
            _warnings.Add($"No {code.Vocabulary} hierarchy is loaded: {code} matches that code only, not its descendants.");
        }

        var vocabulary = $"{alias}.vocabulary = {SqlText.Literal(code.Vocabulary)}";
        var prefix = code.Prefix || (code.Descendants && code.Vocabulary is "ICD10CM" or "ICD10" or "ATC");
        var isIcd = code.Vocabulary is "ICD10CM" or "ICD10";
        var bare = isIcd ? code.Code.Replace(".", "", StringComparison.Ordinal) : code.Code;

        // ICD-10 codes are stored with or without the dot; the first three characters are the same either way.
        var column = isIcd && bare.Length > 3 ? $"replace({alias}.code, '.', '')" : $"{alias}.code";
        return prefix
            ? $"{vocabulary} AND {PrefixRange($"{alias}.code", isIcd ? bare[..Math.Min(3, bare.Length)] : bare)} AND starts_with({column}, {SqlText.Literal(bare)})"
            : $"{vocabulary} AND {column} = {SqlText.Literal(bare)}";
    }

    /// <summary>
    /// The range a prefix match lies in (<c>code &gt;= 'C50' AND code &lt; 'C51'</c>): implied by the prefix test, and
    /// unlike it checked against row-group min/max, so a scan of a code-sorted event table skips the other codes.
    /// </summary>
    private static string PrefixRange(string column, string prefix)
    {
        if (prefix.Length == 0)
        {
            return "TRUE";
        }

        var last = prefix[^1];
        var lower = $"{column} >= {SqlText.Literal(prefix)}";
        return last == char.MaxValue ? lower : $"{lower} AND {column} < {SqlText.Literal(prefix[..^1] + (char)(last + 1))}";
    }

    private string IndexSql(IndexEvent index)
    {
        if (index.IsFirstSample)
        {
            Use("sample");
            return "SELECT patient_id, min(collected_at) AS index_date FROM \"sample\" WHERE patient_id IS NOT NULL AND collected_at IS NOT NULL GROUP BY patient_id";
        }

        var (table, date) = Table(index.Domain!.Value);
        Use(table);
        return $"SELECT e.patient_id, min({date}) AS index_date FROM \"{table}\" e WHERE {CodePredicate(index.Code!, "e")} AND {date} IS NOT NULL GROUP BY e.patient_id";
    }

    private string ClinicalSql(ClinicalEventCriterion e)
    {
        var (table, date) = Table(e.Domain);
        Use(table);
        var where = new StringBuilder(CodePredicate(e.Code, "e"));
        if (e.Value is not null)
        {
            var test = $"{e.Value.Symbol} {SqlText.Number(e.Value.Value)}";
            where.Append(e.Unit is null
                ? $" AND e.value_number {test}"
                : $" AND ((e.unit = {SqlText.Literal(e.Unit)} AND e.value_number {test}) OR (e.unit IS DISTINCT FROM {SqlText.Literal(e.Unit)} AND e.original_unit = {SqlText.Literal(e.Unit)} AND e.original_value_number {test}))");
        }
        else if (e.Unit is not null)
        {
            where.Append($" AND (e.unit = {SqlText.Literal(e.Unit)} OR e.original_unit = {SqlText.Literal(e.Unit)})");
        }

        var join = "";
        if (e.Window is not null)
        {
            join = " JOIN idx i ON i.patient_id = e.patient_id";
            var days = $"date_diff('day', i.index_date, {date})";
            where.Append($" AND {date} IS NOT NULL");
            if (e.Window.FromDays is { } f)
            {
                where.Append(CultureInfo.InvariantCulture, $" AND {days} >= {f}");
            }

            if (e.Window.ToDays is { } t)
            {
                where.Append(CultureInfo.InvariantCulture, $" AND {days} <= {t}");
            }
        }

        return e.MinOccurrences > 1
            ? string.Create(CultureInfo.InvariantCulture, $"SELECT e.patient_id FROM \"{table}\" e{join} WHERE {where} GROUP BY e.patient_id HAVING count(*) >= {e.MinOccurrences}")
            : $"SELECT e.patient_id FROM \"{table}\" e{join} WHERE {where}";
    }

    private string VariantSql(VariantCriterion v)
    {
        Use("genotype", "variant", "assay", "sample");
        var where = new List<string> { "s.patient_id IS NOT NULL" };
        var onVariant = new List<string>();
        if (v.Gene is not null)
        {
            _genes.Add(v.Gene);
            onVariant.Add($"v.gene = {SqlText.Literal(v.Gene)}");
        }

        if (v.VariantKey is not null)
        {
            where.Add($"g.variant_key = {SqlText.Literal(v.VariantKey)}");
        }

        if (v.Hgvs is not null)
        {
            where.Add(HgvsPredicate(v.Hgvs));
        }

        if (v.Consequence is not null)
        {
            onVariant.Add($"list_contains(string_split_regex(v.consequence, '[&,]'), {SqlText.Literal(v.Consequence)})");
        }

        if (v.Zygosity is not null)
        {
            where.Add($"g.zygosity = {SqlText.Literal(v.Zygosity)}");
        }

        if (v.Vaf is not null)
        {
            where.Add($"g.vaf {v.Vaf.Symbol} {SqlText.Number(v.Vaf.Value)}");
        }

        if (v.ClinicalSignificance is not null)
        {
            // ClinVar writes combined values (Pathogenic/Likely_pathogenic); match the term case-insensitively within them.
            onVariant.Add($"list_contains(string_split_regex(lower(v.clinical_significance), '[/|,&]'), {SqlText.Literal(v.ClinicalSignificance.ToLowerInvariant().Replace(' ', '_'))})");
        }

        if (onVariant.Count > 0)
        {
            where.AddRange(onVariant);
            where.Add(KeyRange(onVariant));
        }

        return "SELECT s.patient_id FROM \"genotype\" g JOIN \"variant\" v ON v.variant_key = g.variant_key "
            + "JOIN \"assay\" a ON a.assay_id = g.assay_id JOIN \"sample\" s ON s.sample_id = a.sample_id WHERE " + string.Join(" AND ", where);
    }

    /// <summary>
    /// <c>g.variant_key</c> between the least and greatest key of the variants <paramref name="onVariant"/> (predicates
    /// on alias <c>v</c> only) admits. The join implies it, so the rows are the same; it is there for speed.
    /// </summary>
    /// <remarks>
    /// A gene's variants lie side by side on the genome, and the VCF ingester writes genotype rows record by record, so
    /// one gene's genotype rows sit in few Parquet row groups. DuckDB 1.5 skips row groups by this range (a comparison
    /// with a scalar subquery becomes a filter checked against row-group statistics), while the key filter a hash join
    /// pushes into the genotype scan is only checked row by row: without the range a gene criterion reads every
    /// genotype row. Variant keys compare as text, so the range is tight where positions share their number of digits.
    /// </remarks>
    private static string KeyRange(IReadOnlyList<string> onVariant)
    {
        var matching = "FROM \"variant\" v WHERE " + string.Join(" AND ", onVariant);
        return $"g.variant_key BETWEEN (SELECT min(v.variant_key) {matching}) AND (SELECT max(v.variant_key) {matching})";
    }

    private string HgvsPredicate(string text)
    {
        if (!HgvsParser.TryParse(text, out var variant, out var error))
        {
            throw CohortIssues.At(CohortIssues.BadHgvs, "HGVS", text, error.Position, error.Expected);
        }

        switch (variant.Type)
        {
            case HgvsCoordinateSystem.Genomic or HgvsCoordinateSystem.Mitochondrial:
                var conversion = HgvsVcfConverter.ToVcf(variant);
                if (conversion.Status != HgvsVcfStatus.Converted || conversion.Variant is null)
                {
                    throw CohortIssues.Plain(CohortIssues.BadHgvs, "HGVS", $"'{text}' cannot be matched to a variant key: {conversion.Reason}.");
                }

                var vcf = conversion.Variant;
                var tail = $"{vcf.Chromosome}-{vcf.Position.ToString(CultureInfo.InvariantCulture)}-{vcf.Reference}-{vcf.Alternate}";
                return vcf.Assembly is { } assembly
                    ? $"g.variant_key = {SqlText.Literal($"{assembly}:{tail}")}"
                    : $"ends_with(g.variant_key, {SqlText.Literal(":" + tail)})";
            case HgvsCoordinateSystem.Protein:
                var forms = ProteinChangeForms.Forms(text);
                var bareP = "regexp_replace(regexp_replace({0}, '^.*:', ''), '^p\\.|[()]', '', 'g')";
                var inList = SqlText.List(forms);
                Use("variant_annotation");
                return $"({string.Format(CultureInfo.InvariantCulture, bareP, "v.hgvs_p")} IN ({inList}) OR g.variant_key IN "
                    + $"(SELECT variant_key FROM \"variant_annotation\" WHERE {string.Format(CultureInfo.InvariantCulture, bareP, "hgvs_p")} IN ({inList})))";
            default:
                var normalized = HgvsFormatter.Format(HgvsNormalizer.Normalize(variant with { Reference = null }));
                var written = HgvsFormatter.Format(variant with { Reference = null });
                var list = SqlText.List(new[] { normalized, written }.Distinct(StringComparer.Ordinal));
                Use("variant_annotation");
                return $"(regexp_replace(v.hgvs_c, '^.*:', '') IN ({list}) OR g.variant_key IN "
                    + $"(SELECT variant_key FROM \"variant_annotation\" WHERE regexp_replace(hgvs_c, '^.*:', '') IN ({list})))";
        }
    }

    private string MutationSql(MutationCriterion m)
    {
        _genes.Add(m.Gene);
        var classes = m.Class switch
        {
            MutationClass.Any => [.. s_classes.Keys],
            MutationClass.Truncating => s_truncating,
            _ => new[] { m.Class },
        };
        var so = classes.SelectMany(c => s_classes[c].So).Distinct(StringComparer.Ordinal).ToList();
        var maf = classes.SelectMany(c => s_classes[c].Maf).Distinct(StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        if (m.Origin != MutationOrigin.Somatic)
        {
            Use("genotype", "variant", "assay", "sample");
            var onVariant = new List<string>
            {
                $"v.gene = {SqlText.Literal(m.Gene)}",
                $"list_has_any(string_split_regex(v.consequence, '[&,]'), [{SqlText.List(so)}])",
            };
            if (m.ProteinChange is not null)
            {
                onVariant.Add(ProteinPredicate("v.hgvs_p", m.ProteinChange));
            }

            var where = new List<string> { "s.patient_id IS NOT NULL" };
            where.AddRange(onVariant);
            where.Add(KeyRange(onVariant));
            if (m.Vaf is not null)
            {
                where.Add($"g.vaf {m.Vaf.Symbol} {SqlText.Number(m.Vaf.Value)}");
            }

            parts.Add("SELECT s.patient_id FROM \"genotype\" g JOIN \"variant\" v ON v.variant_key = g.variant_key "
                + "JOIN \"assay\" a ON a.assay_id = g.assay_id JOIN \"sample\" s ON s.sample_id = a.sample_id WHERE " + string.Join(" AND ", where));
        }

        if (m.Origin != MutationOrigin.Germline)
        {
            Use("mutation", "sample");
            var where = new List<string>
            {
                "s.patient_id IS NOT NULL",
                $"m.gene = {SqlText.Literal(m.Gene)}",
                $"m.variant_classification IN ({SqlText.List(maf)})",
            };
            if (m.ProteinChange is not null)
            {
                where.Add(ProteinPredicate("m.hgvs_p", m.ProteinChange));
            }

            if (m.Vaf is not null)
            {
                where.Add($"m.vaf {m.Vaf.Symbol} {SqlText.Number(m.Vaf.Value)}");
            }

            parts.Add("SELECT s.patient_id FROM \"mutation\" m JOIN \"sample\" s ON s.sample_id = m.sample_id WHERE " + string.Join(" AND ", where));
        }

        return "SELECT patient_id FROM (" + string.Join(" UNION ALL ", parts) + ")";
    }

    private static string ProteinPredicate(string column, string change)
    {
        var bare = $"regexp_replace(regexp_replace({column}, '^.*:', ''), '^p\\.|[()]', '', 'g')";
        if (ProteinChangeForms.IsPositionOnly(ProteinChangeForms.Bare(change), out var residue, out var position))
        {
            var residues = string.Join("|", ProteinChangeForms.ResidueForms(residue).Select(SqlText.RegexEscape));
            return $"regexp_matches({bare}, {SqlText.Literal($"^({residues}){position}([^0-9]|$)")})";
        }

        return $"{bare} IN ({SqlText.List(ProteinChangeForms.Forms(change))})";
    }

    private string CopyNumberSql(CopyNumberCriterion c)
    {
        _genes.Add(c.Gene);
        Use("copy_number", "sample");
        var values = string.Join(", ", c.Calls.Select(call => ((int)call).ToString(CultureInfo.InvariantCulture)));
        return "SELECT s.patient_id FROM \"copy_number\" c JOIN \"sample\" s ON s.sample_id = c.sample_id "
            + $"WHERE s.patient_id IS NOT NULL AND c.gene = {SqlText.Literal(c.Gene)} AND c.discrete_value IN ({values})";
    }

    private string MeasurementSql(MeasurementCriterion m)
    {
        Use("molecular_measurement", "assay", "sample");
        var modality = m.Kind switch
        {
            MeasurementKind.Expression => "transcriptomics",
            MeasurementKind.Protein => "proteomics",
            MeasurementKind.Metabolite => "metabolomics",
            _ => "epigenomics",
        };
        var ns = m.FeatureNamespace ?? (m.Kind is MeasurementKind.Expression or MeasurementKind.Protein ? "HGNC" : null);
        if (ns == "HGNC")
        {
            _genes.Add(m.Feature);
        }

        var filter = $"modality = {SqlText.Literal(modality)} AND feature_id = {SqlText.Literal(m.Feature)}"
            + (ns is null ? "" : $" AND feature_namespace = {SqlText.Literal(ns)}");
        var values = m.ZScore
            ? $"SELECT assay_id, (value - avg(value) OVER ()) / nullif(stddev_samp(value) OVER (), 0) AS value FROM \"molecular_measurement\" WHERE {filter}"
            : $"SELECT assay_id, value FROM \"molecular_measurement\" WHERE {filter}";
        return $"SELECT s.patient_id FROM ({values}) m JOIN \"assay\" a ON a.assay_id = m.assay_id JOIN \"sample\" s ON s.sample_id = a.sample_id "
            + $"WHERE s.patient_id IS NOT NULL AND m.value {m.Test.Symbol} {SqlText.Number(m.Test.Value)}";
    }

    private string Use(params string[] tables)
    {
        foreach (var table in tables)
        {
            _tables.Add(table);
        }

        return "";
    }

    private static bool UsesWindow(Criterion criterion) => criterion switch
    {
        ClinicalEventCriterion e => e.Window is not null,
        AllOf all => all.Items.Any(UsesWindow),
        AnyOf any => any.Items.Any(UsesWindow),
        NoneOf none => none.Items.Any(UsesWindow),
        _ => false,
    };

    /// <summary>
    /// Notes the top-level criteria that every member meets by having an index date: the index event's own code in its
    /// own domain, with no value, unit, window or count. Members are joined to <c>idx</c>, whose rows come from such an
    /// event, so testing them again would only scan the event table a second time (the implied index is always one).
    /// </summary>
    private void ImpliedByIndex(Criterion criteria)
    {
        if (_index is not { IsFirstSample: false } index)
        {
            return;
        }

        var top = criteria is AllOf all ? all.Items : [criteria];
        foreach (var item in top)
        {
            if (item is ClinicalEventCriterion { Value: null, Unit: null, Window: null, MinOccurrences: <= 1 } e
                && e.Domain == index.Domain && e.Code == index.Code)
            {
                _impliedByIndex.Add(e);
            }
        }
    }

    private static IndexEvent? ImpliedIndex(Criterion criterion)
    {
        var top = criterion is AllOf all ? all.Items : [criterion];
        return top.OfType<ClinicalEventCriterion>().FirstOrDefault(e => e.Domain == ClinicalDomain.Condition && e.Window is null) is { } first
            ? new IndexEvent(ClinicalDomain.Condition, first.Code)
            : null;
    }

    private void CheckContradictions(Criterion criterion)
    {
        switch (criterion)
        {
            case AllOf all:
                var required = all.Items.Where(i => i is not NoneOf).ToList();
                var sexes = required.OfType<SexCriterion>().Select(s => s.Sex).Distinct(StringComparer.Ordinal).ToList();
                if (sexes.Count > 1)
                {
                    _warnings.Add($"Contradictory criteria: sex {string.Join(" and sex ", sexes)} can never both hold; the cohort is empty.");
                }

                if (required.OfType<VitalStatusCriterion>().Select(v => v.Deceased).Distinct().Count() > 1)
                {
                    _warnings.Add("Contradictory criteria: alive and deceased can never both hold; the cohort is empty.");
                }

                var ages = required.OfType<AgeCriterion>().ToList();
                for (var a = 0; a < ages.Count; a++)
                {
                    for (var b = a + 1; b < ages.Count; b++)
                    {
                        if (!ages[a].Age.Overlaps(ages[b].Age))
                        {
                            _warnings.Add($"Contradictory criteria: age {ages[a].Age} and age {ages[b].Age} can never both hold; the cohort is empty.");
                        }
                    }
                }

                var excluded = all.Items.OfType<NoneOf>().SelectMany(n => n.Items).Select(CriterionText.Leaf).ToHashSet(StringComparer.Ordinal);
                foreach (var item in required.Where(i => excluded.Contains(CriterionText.Leaf(i))))
                {
                    _warnings.Add($"Contradictory criteria: '{CriterionText.Leaf(item)}' is both required and excluded; the cohort is empty.");
                }

                foreach (var item in all.Items)
                {
                    CheckContradictions(item);
                }

                break;
            case AnyOf any:
                foreach (var item in any.Items)
                {
                    CheckContradictions(item);
                }

                break;
            case NoneOf none:
                foreach (var item in none.Items)
                {
                    CheckContradictions(item);
                }

                break;
            case ClinicalEventCriterion { Window: { FromDays: { } f, ToDays: { } t } } e when f > t:
                _warnings.Add($"Contradictory criteria: the window of '{CriterionText.Leaf(e)}' is empty.");
                break;
        }
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using OmicsBridge.Cohorts.Definition;
using OmicsBridge.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace OmicsBridge.Cohorts.Parsing;

/// <summary>
/// Reads a cohort definition document. YAML and JSON are one schema (JSON is read as the YAML it also is); the keys are
/// listed in docs/cohorts.md. Errors name the file, the line and what was expected.
/// </summary>
public static partial class DefinitionReader
{
    public static CohortDefinition ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw OmicsBridgeException.NotFound($"Cohort definition file '{path}' does not exist.");
        }

        using var reader = new StreamReader(path);
        return Read(reader, Path.GetFileName(path));
    }

    public static CohortDefinition Read(string text, string source = "<definition>") => Read(new StringReader(text), source);

    public static CohortDefinition Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw Error(source, ex.Start.Line, $"not valid YAML or JSON: {ex.Message}");
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            throw Error(source, 1, "expected a mapping with 'criteria' (and optionally name, description, index)");
        }

        var context = new Context(source);
        string? name = null, description = null;
        IndexEvent? index = null;
        Criterion? criteria = null;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Key(context, keyNode);
            switch (key)
            {
                case "name":
                    name = context.Scalar(value, "a name");
                    break;
                case "description":
                    description = context.Scalar(value, "a description");
                    break;
                case "index":
                    index = ReadIndex(context, value);
                    break;
                case "criteria":
                    criteria = ReadCriterion(context, value);
                    break;
                case "where":
                    var where = WhereParser.Parse(context.Scalar(value, "a one-line definition"));
                    criteria = where.Criteria;
                    index ??= where.Index;
                    break;
                default:
                    throw context.At(keyNode, "one of name, description, index, criteria, where");
            }
        }

        if (criteria is null)
        {
            throw Error(source, root.Start.Line, "the definition has no 'criteria'");
        }

        return new CohortDefinition(criteria, index ?? context.MarkedIndex, name, description);
    }

    private static IndexEvent ReadIndex(Context context, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            return context.Wrap(node, () => WhereParser.ParseIndex(scalar.Value ?? ""));
        }

        if (node is YamlMappingNode { Children.Count: 1 } map)
        {
            var (keyNode, value) = map.Children.First();
            var key = Key(context, keyNode);
            if (key == "sample")
            {
                return IndexEvent.FirstSample;
            }

            if (DomainOf(key) is { } domain)
            {
                var code = value is YamlMappingNode codeMap ? Field(context, codeMap, "code") : context.Scalar(value, "a code");
                return new IndexEvent(domain, context.Wrap(value, () => CodeParser.Parse(code!)));
            }
        }

        throw context.At(node, "an index event: {condition: CODE}, {medication: CODE}, {procedure: CODE}, {observation: CODE}, {sample: first} or 'first condition ICD10CM:C50*'");
    }

    private static Criterion ReadCriterion(Context context, YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                var parsed = context.Wrap(node, () => WhereParser.Parse(scalar.Value ?? ""));
                context.MarkedIndex ??= parsed.Index;
                return parsed.Criteria;
            case YamlSequenceNode sequence:
                return new AllOf([.. sequence.Children.Select(c => ReadCriterion(context, c))]);
            case YamlMappingNode { Children.Count: 1 } map:
                var (keyNode, value) = map.Children.First();
                return ReadKeyed(context, Key(context, keyNode), keyNode, value);
            case YamlMappingNode map:
                // Several keys in one mapping are all required (a compact form of all:).
                return new AllOf([.. map.Children.Select(p => ReadKeyed(context, Key(context, p.Key), p.Key, p.Value))]);
            default:
                throw context.At(node, "a criterion");
        }
    }

    private static Criterion ReadKeyed(Context context, string key, YamlNode keyNode, YamlNode value)
    {
        if (DomainOf(key) is { } domain)
        {
            return ReadClinical(context, domain, value);
        }

        switch (key)
        {
            case "all":
                return new AllOf(Items(context, value));
            case "any":
                return new AnyOf(Items(context, value));
            case "none":
            case "not":
                return new NoneOf(value is YamlSequenceNode ? Items(context, value) : [ReadCriterion(context, value)]);
            case "sex":
                var sex = context.Scalar(value, "female, male, other or unknown").ToLowerInvariant();
                return SexCriterion.Values.Contains(sex) ? new SexCriterion(sex) : throw context.At(value, "female, male, other or unknown");
            case "age":
                return new AgeCriterion(ReadComparison(context, value));
            case "vital_status":
                var status = context.Scalar(value, "alive or deceased").ToLowerInvariant();
                return status is "alive" or "deceased" ? new VitalStatusCriterion(status == "deceased") : throw context.At(value, "alive or deceased");
            case "alive":
                return new VitalStatusCriterion(!Bool(context, value));
            case "deceased":
                return new VitalStatusCriterion(Bool(context, value));
            case "gene":
            case "oql":
                var oql = context.Scalar(value, "an OQL query ('TP53: MUT')");
                return context.Wrap(value, () => OqlParser.Parse(oql));
            case "variant":
                return ReadVariant(context, value);
            case "mutation":
                return ReadMutation(context, value);
            case "copy_number":
                return ReadCopyNumber(context, value);
            case "expression":
            case "protein":
            case "metabolite":
            case "methylation":
                return ReadMeasurement(context, key, value);
            case "modality":
            case "has":
                return new ModalityCriterion(context.Scalar(value, "a modality").ToLowerInvariant());
            case "where":
                var where = context.Wrap(value, () => WhereParser.Parse(context.Scalar(value, "a one-line criterion")));
                context.MarkedIndex ??= where.Index;
                return where.Criteria;
            default:
                throw context.At(keyNode, "a criterion key: all, any, none, sex, age, vital_status, condition, observation, medication, procedure, gene, variant, mutation, copy_number, expression, protein, metabolite, methylation, modality, where");
        }
    }

    private static ClinicalEventCriterion ReadClinical(Context context, ClinicalDomain domain, YamlNode value)
    {
        if (value is YamlScalarNode scalar)
        {
            return new ClinicalEventCriterion(domain, context.Wrap(value, () => CodeParser.Parse(scalar.Value ?? "")));
        }

        if (value is not YamlMappingNode map)
        {
            throw context.At(value, "a code or a mapping with code (and value, unit, window, at_least, descendants)");
        }

        string? code = null, unit = null;
        var descendants = false;
        Comparison? comparison = null;
        TemporalWindow? window = null;
        var occurrences = 1;
        var asIndex = false;
        foreach (var (keyNode, v) in map.Children)
        {
            switch (Key(context, keyNode))
            {
                case "code":
                    code = context.Scalar(v, "a code");
                    break;
                case "descendants":
                    descendants = Bool(context, v);
                    break;
                case "value":
                    comparison = ReadComparison(context, v);
                    break;
                case "unit":
                    unit = context.Scalar(v, "a unit");
                    break;
                case "window":
                case "within":
                    window = ReadWindow(context, v);
                    break;
                case "at_least":
                    occurrences = context.Int(v, "a count");
                    break;
                case "index":
                    asIndex = Bool(context, v);
                    break;
                default:
                    throw context.At(keyNode, "code, descendants, value, unit, window, at_least or index");
            }
        }

        if (code is null)
        {
            throw context.At(value, "a 'code' key");
        }

        if (comparison is not null && domain != ClinicalDomain.Observation)
        {
            throw context.At(value, "no 'value' (only observations have values)");
        }

        var match = context.Wrap(value, () => CodeParser.Parse(code, descendants));
        if (asIndex)
        {
            context.MarkedIndex ??= new IndexEvent(domain, match);
        }

        return new ClinicalEventCriterion(domain, match, comparison, unit, window, occurrences);
    }

    private static TemporalWindow ReadWindow(Context context, YamlNode node)
    {
        if (node is YamlScalarNode scalar)
        {
            var probe = context.Wrap(node, () => WhereParser.Parse("condition ICD10CM:A00 " + (scalar.Value ?? "")));
            return ((ClinicalEventCriterion)probe.Criteria).Window ?? throw context.At(node, "a window (within 0..365d after index)");
        }

        if (node is YamlMappingNode map)
        {
            int? from = null, to = null;
            foreach (var (keyNode, v) in map.Children)
            {
                var key = Key(context, keyNode);
                switch (key)
                {
                    case "from":
                        from = context.Int(v, "days (negative = before the index)");
                        break;
                    case "to":
                        to = context.Int(v, "days (negative = before the index)");
                        break;
                    case "after" or "before":
                        if (v is not YamlSequenceNode { Children.Count: 2 } pair)
                        {
                            throw context.At(v, "[first day, last day], e.g. [0, 365]");
                        }

                        var a = context.Int(pair.Children[0], "days");
                        var b = context.Int(pair.Children[1], "days");
                        (from, to) = key == "after" ? (a, b) : (-b, -a);
                        break;
                    default:
                        throw context.At(keyNode, "from, to, after or before");
                }
            }

            return new TemporalWindow(from, to);
        }

        throw context.At(node, "a window: {after: [0, 365]}, {before: [0, 30]}, {from: -30, to: 365} or 'within 365d after index'");
    }

    private static VariantCriterion ReadVariant(Context context, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw context.At(node, "a mapping of variant properties (gene, hgvs, key, consequence, zygosity, vaf, clinical_significance)");
        }

        var criterion = new VariantCriterion();
        foreach (var (keyNode, v) in map.Children)
        {
            criterion = Key(context, keyNode) switch
            {
                "gene" => criterion with { Gene = context.Scalar(v, "a gene symbol") },
                "hgvs" => criterion with { Hgvs = context.Scalar(v, "an HGVS description") },
                "key" or "variant_key" => criterion with { VariantKey = context.Scalar(v, "a variant key") },
                "consequence" => criterion with { Consequence = context.Scalar(v, "a consequence term") },
                "zygosity" => criterion with { Zygosity = context.Scalar(v, "het, hom_alt, hemizygous").ToLowerInvariant() },
                "vaf" => criterion with { Vaf = ReadComparison(context, v) },
                "clinical_significance" or "significance" => criterion with { ClinicalSignificance = context.Scalar(v, "a significance") },
                _ => throw context.At(keyNode, "gene, hgvs, key, consequence, zygosity, vaf or clinical_significance"),
            };
        }

        return criterion;
    }

    private static MutationCriterion ReadMutation(Context context, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw context.At(node, "a mapping with gene (and class, protein_change, origin, vaf)");
        }

        string? gene = null, change = null;
        var origin = MutationOrigin.Somatic;
        var type = MutationClass.Any;
        Comparison? vaf = null;
        foreach (var (keyNode, v) in map.Children)
        {
            switch (Key(context, keyNode))
            {
                case "gene":
                    gene = context.Scalar(v, "a gene symbol");
                    break;
                case "protein_change":
                    change = context.Scalar(v, "a protein change (V600E)");
                    break;
                case "class":
                    var text = context.Scalar(v, "a mutation type");
                    type = string.Equals(text, "TRUNC", StringComparison.OrdinalIgnoreCase) ? MutationClass.Truncating
                        : Enum.TryParse<MutationClass>(text, ignoreCase: true, out var parsed) ? parsed
                        : throw context.At(v, "MISSENSE, NONSENSE, NONSTART, NONSTOP, FRAMESHIFT, INFRAME, SPLICE or TRUNC");
                    break;
                case "origin":
                    origin = Enum.TryParse<MutationOrigin>(context.Scalar(v, "an origin"), ignoreCase: true, out var o) ? o
                        : throw context.At(v, "somatic, germline or any");
                    break;
                case "vaf":
                    vaf = ReadComparison(context, v);
                    break;
                default:
                    throw context.At(keyNode, "gene, class, protein_change, origin or vaf");
            }
        }

        return gene is null ? throw context.At(node, "a 'gene' key") : new MutationCriterion(gene, origin, type, change, vaf);
    }

    private static CopyNumberCriterion ReadCopyNumber(Context context, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw context.At(node, "a mapping with gene and call");
        }

        string? gene = null;
        var calls = new List<CopyNumberCall>();
        foreach (var (keyNode, v) in map.Children)
        {
            switch (Key(context, keyNode))
            {
                case "gene":
                    gene = context.Scalar(v, "a gene symbol");
                    break;
                case "call":
                    var items = v is YamlSequenceNode seq ? seq.Children : [v];
                    foreach (var item in items)
                    {
                        calls.Add(context.Scalar(item, "AMP, GAIN, HETLOSS or HOMDEL").ToUpperInvariant() switch
                        {
                            "AMP" => CopyNumberCall.Amp,
                            "GAIN" => CopyNumberCall.Gain,
                            "HETLOSS" => CopyNumberCall.HetLoss,
                            "HOMDEL" => CopyNumberCall.HomDel,
                            _ => throw context.At(item, "AMP, GAIN, HETLOSS or HOMDEL"),
                        });
                    }

                    break;
                default:
                    throw context.At(keyNode, "gene or call");
            }
        }

        return gene is null || calls.Count == 0 ? throw context.At(node, "both 'gene' and 'call'") : new CopyNumberCriterion(gene, calls);
    }

    private static MeasurementCriterion ReadMeasurement(Context context, string key, YamlNode node)
    {
        if (node is not YamlMappingNode map)
        {
            throw context.At(node, "a mapping with feature (or gene) and value or zscore");
        }

        string? feature = null, ns = null;
        Comparison? test = null;
        var z = false;
        foreach (var (keyNode, v) in map.Children)
        {
            switch (Key(context, keyNode))
            {
                case "feature" or "gene":
                    feature = context.Scalar(v, "a feature id");
                    break;
                case "namespace":
                    ns = context.Scalar(v, "a feature namespace (HGNC, ENSEMBL, UNIPROT, …)");
                    break;
                case "value":
                    test = ReadComparison(context, v);
                    break;
                case "zscore":
                    test = ReadComparison(context, v);
                    z = true;
                    break;
                default:
                    throw context.At(keyNode, "feature, gene, namespace, value or zscore");
            }
        }

        if (feature is null || test is null)
        {
            throw context.At(node, "'feature' (or 'gene') and 'value' or 'zscore'");
        }

        var kind = Enum.Parse<MeasurementKind>(key, ignoreCase: true);
        return new MeasurementCriterion(kind, feature, test, z, ns);
    }

    private static Comparison ReadComparison(Context context, YamlNode node)
    {
        var text = context.Scalar(node, "a comparison such as '> 7'");
        var match = ComparisonText().Match(text);
        if (!match.Success)
        {
            throw context.At(node, "a comparison such as '> 7', '<= -2' or '= 1'");
        }

        var op = match.Groups[1].Value switch
        {
            ">" => ComparisonOperator.GreaterThan,
            ">=" => ComparisonOperator.GreaterOrEqual,
            "<" => ComparisonOperator.LessThan,
            "<=" => ComparisonOperator.LessOrEqual,
            "!=" => ComparisonOperator.NotEqual,
            _ => ComparisonOperator.Equal,
        };
        return new Comparison(op, double.Parse(match.Groups[2].Value, NumberStyles.Float, CultureInfo.InvariantCulture));
    }

    private static List<Criterion> Items(Context context, YamlNode node) =>
        node is YamlSequenceNode sequence
            ? [.. sequence.Children.Select(c => ReadCriterion(context, c))]
            : throw context.At(node, "a list of criteria");

    private static bool Bool(Context context, YamlNode node) =>
        context.Scalar(node, "true or false").ToLowerInvariant() switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            _ => throw context.At(node, "true or false"),
        };

    private static ClinicalDomain? DomainOf(string key) => key switch
    {
        "condition" => ClinicalDomain.Condition,
        "observation" => ClinicalDomain.Observation,
        "medication" => ClinicalDomain.Medication,
        "procedure" => ClinicalDomain.Procedure,
        _ => null,
    };

    private static string Key(Context context, YamlNode node) => context.Scalar(node, "a key").ToLowerInvariant();

    private static string? Field(Context context, YamlMappingNode map, string name) =>
        map.Children.FirstOrDefault(p => p.Key is YamlScalarNode s && s.Value == name).Value is { } v ? context.Scalar(v, name) : null;

    private static OmicsBridgeException Error(string source, long line, string message) =>
        new(ErrorKind.InvalidInput, string.Create(CultureInfo.InvariantCulture, $"{source}:{line}: {message}"),
            [new ParseIssue(CohortIssues.BadDocument, IssueSeverity.Error, source, line, null, null, message)]);

    [GeneratedRegex(@"^\s*(>=|<=|!=|>|<|=)?\s*(-?[0-9]+(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?)\s*$")]
    private static partial Regex ComparisonText();

    private sealed class Context(string source)
    {
        public IndexEvent? MarkedIndex { get; set; }

        public string Scalar(YamlNode node, string expected) =>
            node is YamlScalarNode { Value: { } value } ? value : throw At(node, expected);

        public int Int(YamlNode node, string expected) =>
            int.TryParse(Scalar(node, expected), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw At(node, expected);

        public OmicsBridgeException At(YamlNode node, string expected) =>
            Error(source, node.Start.Line, $"expected {expected}");

        /// <summary>Runs a nested parser and prefixes its error with the document line.</summary>
        public T Wrap<T>(YamlNode node, Func<T> parse)
        {
            try
            {
                return parse();
            }
            catch (OmicsBridgeException ex) when (ex.Kind == ErrorKind.InvalidInput)
            {
                throw new OmicsBridgeException(ex.Kind,
                    string.Create(CultureInfo.InvariantCulture, $"{source}:{node.Start.Line}: {ex.Message}"), ex.Issues, ex);
            }
        }
    }
}

using OmicsBridge.Core.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using OmicsBridge.Cohorts.Definition;

namespace OmicsBridge.Cohorts.Parsing;

/// <summary>
/// The one-line cohort grammar of <c>--where</c> (docs/cohorts.md gives it in full):
/// <c>condition ICD10CM:C50* and gene 'BRCA2: MUT' and medication RxNorm:1597582 within 365d after index</c>.
/// <c>and</c> binds tighter than <c>or</c>; <c>not</c> and parentheses as usual. It builds the same tree as the YAML form.
/// </summary>
public static partial class WhereParser
{
    private const string Source = "--where";

    /// <summary>Parses a whole definition: an optional <c>index …;</c> clause, then the criteria.</summary>
    public static CohortDefinition Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text);
        IndexEvent? index = null;
        if (parser.PeekIs("index"))
        {
            parser.Next();
            index = parser.IndexEvent();
            parser.Expect(";", "';' after the index event (index first condition ICD10CM:C50*; …)");
        }

        var criteria = parser.Expression();
        if (!parser.AtEnd)
        {
            throw parser.Error("'and', 'or', ')' or the end of the line");
        }

        return new CohortDefinition(criteria, index ?? parser.MarkedIndex);
    }

    /// <summary>Parses an index event alone (<c>first condition ICD10CM:C50*</c>, <c>first sample</c>) for <c>--index</c>.</summary>
    public static IndexEvent ParseIndex(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new Parser(text);
        var index = parser.IndexEvent();
        if (!parser.AtEnd)
        {
            throw parser.Error("the end of the index event");
        }

        return index;
    }

    [GeneratedRegex(@"^(?:(\d+)\.\.)?(\d+)d$")]
    private static partial Regex DayRange();

    private sealed record Token(string Text, int Position, bool Quoted);

    private sealed class Parser
    {
        private readonly string _text;
        private readonly List<Token> _tokens;
        private int _next;

        public Parser(string text)
        {
            _text = text;
            _tokens = Tokenize(text);
        }

        public IndexEvent? MarkedIndex { get; private set; }

        public bool AtEnd => _next >= _tokens.Count;

        public Criterion Expression()
        {
            var items = new List<Criterion> { Term() };
            while (PeekIs("or"))
            {
                Next();
                items.Add(Term());
            }

            return items.Count == 1 ? items[0] : new AnyOf(items);
        }

        public IndexEvent IndexEvent()
        {
            if (PeekIs("first"))
            {
                Next();
            }

            if (PeekIs("sample"))
            {
                Next();
                return Definition.IndexEvent.FirstSample;
            }

            var domain = Domain(Peek()?.Text) ?? throw Error("an index event: first condition|medication|procedure|observation CODE, or first sample");
            Next();
            return new IndexEvent(domain, Code());
        }

        public Token Next() => _tokens[_next++];

        public bool PeekIs(string word) =>
            Peek() is { Quoted: false } token && token.Text.Equals(word, StringComparison.OrdinalIgnoreCase);

        public void Expect(string word, string expected)
        {
            if (!PeekIs(word))
            {
                throw Error(expected);
            }

            Next();
        }

        public OmicsBridgeException Error(string expected)
        {
            var position = Peek()?.Position ?? _text.Length;
            return CohortIssues.At(CohortIssues.Syntax, Source, _text, position, expected);
        }

        private Token? Peek(int ahead = 0) => _next + ahead < _tokens.Count ? _tokens[_next + ahead] : null;

        private Criterion Term()
        {
            var items = new List<Criterion> { Factor() };
            while (PeekIs("and"))
            {
                Next();
                items.Add(Factor());
            }

            return items.Count == 1 ? items[0] : new AllOf(items);
        }

        private Criterion Factor()
        {
            if (PeekIs("not"))
            {
                Next();
                return new NoneOf([Factor()]);
            }

            if (PeekIs("("))
            {
                Next();
                var inner = Expression();
                Expect(")", "')'");
                return inner;
            }

            return Atom();
        }

        private Criterion Atom()
        {
            var token = Peek() ?? throw Error("a criterion (condition, observation, medication, procedure, gene, variant, expression, protein, metabolite, methylation, has, sex, age, alive, deceased)");
            if (token.Quoted)
            {
                throw Error("a criterion keyword before the quoted text");
            }

            var keyword = token.Text.ToLowerInvariant();
            if (Domain(keyword) is { } domain)
            {
                Next();
                return ClinicalEvent(domain);
            }

            Next();
            switch (keyword)
            {
                case "sex":
                    TakeOptional("=");
                    var sex = Word("female, male, other or unknown").ToLowerInvariant();
                    if (!SexCriterion.Values.Contains(sex))
                    {
                        _next--;
                        throw Error("female, male, other or unknown");
                    }

                    return new SexCriterion(sex);
                case "female" or "male":
                    return new SexCriterion(keyword);
                case "age":
                    return new AgeCriterion(Comparison("a comparison after age (>= 18)"));
                case "alive":
                    return new VitalStatusCriterion(false);
                case "deceased" or "dead":
                    return new VitalStatusCriterion(true);
                case "gene" or "oql":
                    var oql = Peek() ?? throw Error("an OQL query in quotes ('TP53: MUT')");
                    Next();
                    return OqlParser.Parse(oql.Text);
                case "variant":
                    return Variant();
                case "has":
                    TakeOptional("modality");
                    return new ModalityCriterion(Word("a modality (genomics, transcriptomics, proteomics, epigenomics, metabolomics, single_cell)").ToLowerInvariant());
                case "expression" or "protein" or "metabolite" or "methylation":
                    return Measurement(keyword);
                default:
                    _next--;
                    throw Error("a criterion (condition, observation, medication, procedure, gene, variant, expression, protein, metabolite, methylation, has, sex, age, alive, deceased)");
            }
        }

        private ClinicalEventCriterion ClinicalEvent(ClinicalDomain domain)
        {
            var code = Code();
            if (PeekIs("descendants"))
            {
                Next();
                code = code with { Descendants = true };
            }

            Comparison? value = null;
            string? unit = null;
            if (Peek() is { Quoted: false } op && IsOperator(op.Text))
            {
                if (domain != ClinicalDomain.Observation)
                {
                    throw Error("a window or 'at least N times' (only observations take a value comparison)");
                }

                value = Comparison("a comparison");
                if (Peek() is { } u && (u.Quoted || !IsKeyword(u.Text)))
                {
                    unit = Next().Text;
                }
            }

            TemporalWindow? window = null;
            var occurrences = 1;
            var markedIndex = false;
            while (true)
            {
                if (PeekIs("within") || PeekIs("before") || PeekIs("after") || PeekIs("from"))
                {
                    window = Window();
                }
                else if (PeekIs("at"))
                {
                    Next();
                    Expect("least", "'least' (at least N times)");
                    occurrences = (int)Number("a count (at least 2 times)");
                    if (PeekIs("times") || PeekIs("occurrences") || PeekIs("time"))
                    {
                        Next();
                    }
                }
                else if (PeekIs("as"))
                {
                    Next();
                    Expect("index", "'index' (as index)");
                    markedIndex = true;
                }
                else
                {
                    break;
                }
            }

            if (markedIndex)
            {
                MarkedIndex = new IndexEvent(domain, code);
            }

            return new ClinicalEventCriterion(domain, code, value, unit, window, occurrences);
        }

        private TemporalWindow Window()
        {
            var word = Next().Text.ToLowerInvariant();
            if (word is "before" or "after")
            {
                Expect("index", "'index'");
                return word == "after" ? new TemporalWindow(0, null) : new TemporalWindow(null, 0);
            }

            var start = Peek() ?? throw Error("a number of days (365d or 0..365d)");
            var match = DayRange().Match(start.Text);
            if (!match.Success)
            {
                throw Error("a number of days (365d or 0..365d)");
            }

            Next();
            var from = match.Groups[1].Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
            var to = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if (from > to)
            {
                _next--;
                throw Error("a range whose start is not after its end");
            }

            if (word == "from")
            {
                Expect("after", "'after index'");
                Expect("index", "'index'");
                return new TemporalWindow(to, null);
            }

            if (PeekIs("after"))
            {
                Next();
                Expect("index", "'index'");
                return new TemporalWindow(from, to);
            }

            if (PeekIs("before"))
            {
                Next();
                Expect("index", "'index'");
                return new TemporalWindow(-to, -from);
            }

            if (PeekIs("of"))
            {
                Next();
                Expect("index", "'index'");
                return new TemporalWindow(-to, to);
            }

            throw Error("'after index', 'before index' or 'of index'");
        }

        private VariantCriterion Variant()
        {
            var criterion = new VariantCriterion();
            var any = false;
            while (Peek() is { Quoted: false } token && !IsKeyword(token.Text) && token.Text != ")")
            {
                var name = Next().Text.ToLowerInvariant();
                if (name == "vaf")
                {
                    criterion = criterion with { Vaf = Comparison("a comparison after vaf (>= 0.2)") };
                    any = true;
                    continue;
                }

                if (!TakeOptional("="))
                {
                    // A bare value: a variant key, or an HGVS description in quotes.
                    _next--;
                    var value = Next().Text;
                    criterion = value.Contains('-', StringComparison.Ordinal) && !value.Contains('.', StringComparison.Ordinal)
                        ? criterion with { VariantKey = value }
                        : criterion with { Gene = value };
                    any = true;
                    continue;
                }

                var text = Next().Text;
                criterion = name switch
                {
                    "gene" => criterion with { Gene = text },
                    "hgvs" => criterion with { Hgvs = text },
                    "key" => criterion with { VariantKey = text },
                    "consequence" => criterion with { Consequence = text },
                    "zygosity" => criterion with { Zygosity = text.ToLowerInvariant() },
                    "significance" or "clinical_significance" => criterion with { ClinicalSignificance = text },
                    _ => throw BackError(2, "a variant property (gene, hgvs, key, consequence, zygosity, vaf, significance)"),
                };
                any = true;
            }

            if (Peek() is { Quoted: true } quoted)
            {
                Next();
                criterion = criterion with { Hgvs = quoted.Text };
                any = true;
            }

            return any ? criterion : throw Error("a variant property (gene=BRCA2, hgvs='p.V600E', key=GRCh38:7-140753336-A-T, zygosity=het, vaf >= 0.2, significance=pathogenic)");
        }

        private MeasurementCriterion Measurement(string keyword)
        {
            var feature = Word("a feature (a gene symbol, metabolite or probe id)");
            string? ns = null;
            var colon = feature.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                ns = feature[..colon];
                feature = feature[(colon + 1)..];
            }

            var z = false;
            if (PeekIs("z") || PeekIs("zscore"))
            {
                Next();
                z = true;
            }

            var test = Comparison("a comparison (> 2)");
            var kind = keyword switch
            {
                "expression" => MeasurementKind.Expression,
                "protein" => MeasurementKind.Protein,
                "metabolite" => MeasurementKind.Metabolite,
                _ => MeasurementKind.Methylation,
            };
            return new MeasurementCriterion(kind, feature, test, z, ns);
        }

        private CodeMatch Code()
        {
            var token = Peek() ?? throw Error("a code (VOCABULARY:CODE, e.g. ICD10CM:C50*)");
            Next();
            try
            {
                return CodeParser.Parse(token.Text);
            }
            catch (Core.Diagnostics.OmicsBridgeException ex)
            {
                throw new Core.Diagnostics.OmicsBridgeException(ex.Kind,
                    string.Create(CultureInfo.InvariantCulture, $"{Source} at column {token.Position + 1}: {ex.Message}"), ex.Issues, ex);
            }
        }

        private Comparison Comparison(string expected)
        {
            var token = Peek();
            if (token is null || token.Quoted || !IsOperator(token.Text))
            {
                throw Error(expected);
            }

            Next();
            var op = token.Text switch
            {
                ">" => ComparisonOperator.GreaterThan,
                ">=" => ComparisonOperator.GreaterOrEqual,
                "<" => ComparisonOperator.LessThan,
                "<=" => ComparisonOperator.LessOrEqual,
                "!=" => ComparisonOperator.NotEqual,
                _ => ComparisonOperator.Equal,
            };
            return new Comparison(op, Number("a number"));
        }

        private double Number(string expected)
        {
            if (Peek() is { Quoted: false } token && double.TryParse(token.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                Next();
                return value;
            }

            throw Error(expected);
        }

        private string Word(string expected)
        {
            if (Peek() is { } token && (token.Quoted || !IsKeyword(token.Text)) && token.Text is not ("(" or ")"))
            {
                Next();
                return token.Text;
            }

            throw Error(expected);
        }

        private bool TakeOptional(string word)
        {
            if (PeekIs(word))
            {
                Next();
                return true;
            }

            return false;
        }

        private OmicsBridgeException BackError(int back, string expected)
        {
            _next -= back;
            return Error(expected);
        }

        private static ClinicalDomain? Domain(string? word) => word?.ToLowerInvariant() switch
        {
            "condition" or "diagnosis" => ClinicalDomain.Condition,
            "observation" or "lab" => ClinicalDomain.Observation,
            "medication" or "drug" => ClinicalDomain.Medication,
            "procedure" => ClinicalDomain.Procedure,
            _ => null,
        };

        private static bool IsOperator(string text) => text is ">" or ">=" or "<" or "<=" or "=" or "!=";

        private static bool IsKeyword(string text) =>
            text.ToLowerInvariant() is "and" or "or" or "not" or "within" or "before" or "after" or "at" or "as" or "from" or ")" or "(";

        private static List<Token> Tokenize(string text)
        {
            var tokens = new List<Token>();
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                }
                else if (c is '(' or ')' or ';')
                {
                    tokens.Add(new Token(c.ToString(), i, false));
                    i++;
                }
                else if (c is '\'' or '"')
                {
                    var start = i++;
                    var value = new System.Text.StringBuilder();
                    while (true)
                    {
                        if (i >= text.Length)
                        {
                            throw CohortIssues.At(CohortIssues.Syntax, Source, text, start, $"a closing {c}");
                        }

                        if (text[i] == c)
                        {
                            if (i + 1 < text.Length && text[i + 1] == c)
                            {
                                value.Append(c);
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        value.Append(text[i++]);
                    }

                    tokens.Add(new Token(value.ToString(), start, true));
                }
                else if (c is '<' or '>' or '=' or '!')
                {
                    var length = i + 1 < text.Length && text[i + 1] == '=' && c != '=' ? 2 : 1;
                    tokens.Add(new Token(text.Substring(i, length), i, false));
                    i += length;
                }
                else
                {
                    var start = i;
                    while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] is not ('(' or ')' or ';' or '<' or '>' or '=' or '!' or '\'' or '"'))
                    {
                        i++;
                    }

                    tokens.Add(new Token(text[start..i], start, false));
                }
            }

            return tokens;
        }
    }
}

using OmicsBridge.Core.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using OmicsBridge.Cohorts.Definition;

namespace OmicsBridge.Cohorts.Parsing;

/// <summary>
/// Reads cBioPortal Onco Query Language gene queries into criteria: <c>TP53: MUT</c>, <c>KRAS: MUT = G12C</c>,
/// <c>BRCA2: MUT HOMDEL</c>, <c>ERBB2: AMP EXP &gt; 2</c>, <c>EGFR: PROT &gt; 1.5</c>, <c>BRCA1: TRUNC_GERMLINE</c>,
/// <c>CDKN2A: CNA &lt;= HETLOSS</c>. Alterations of one gene are alternatives (any); statements are separated by
/// <c>;</c> or a new line and are alternatives too. A gene without alterations means OQL's default, <c>MUT AMP HOMDEL</c>
/// (fusions are not in the lake). As in OQL, an unrecognised word after the colon is a protein change.
/// </summary>
public static partial class OqlParser
{
    private const string Source = "OQL";

    public static GeneQueryCriterion Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var reader = new Reader(text);
        var statements = new List<Criterion>();
        reader.SkipSeparators();
        while (!reader.AtEnd)
        {
            statements.Add(ReadStatement(reader));
            reader.SkipSeparators();
        }

        if (statements.Count == 0)
        {
            throw CohortIssues.At(CohortIssues.OqlSyntax, Source, text, 0, "a gene symbol (TP53: MUT)");
        }

        return new GeneQueryCriterion(text.Trim(), statements.Count == 1 ? statements[0] : new AnyOf(statements));
    }

    private static Criterion ReadStatement(Reader reader)
    {
        var (gene, genePosition) = reader.Word();
        if (gene is null || !GeneSymbol().IsMatch(gene))
        {
            throw reader.Error(genePosition, "a gene symbol (TP53: MUT)");
        }

        var alterations = new List<Criterion>();
        var calls = new List<CopyNumberCall>();
        if (!reader.TryTake(':'))
        {
            if (!reader.AtStatementEnd)
            {
                throw reader.Error(reader.Position, "':' after the gene symbol, or the end of the statement");
            }

            return new AnyOf([new MutationCriterion(gene), new CopyNumberCriterion(gene, [CopyNumberCall.Amp, CopyNumberCall.HomDel])]);
        }

        while (!reader.AtStatementEnd)
        {
            var (word, position) = reader.Word();
            if (word is null)
            {
                throw reader.Error(position, "an alteration (MUT, AMP, HOMDEL, GAIN, HETLOSS, CNA, EXP, PROT, GERMLINE, SOMATIC or a protein change)");
            }

            var upper = word.ToUpperInvariant();
            switch (upper)
            {
                case "AMP":
                    calls.Add(CopyNumberCall.Amp);
                    break;
                case "GAIN":
                    calls.Add(CopyNumberCall.Gain);
                    break;
                case "HETLOSS":
                    calls.Add(CopyNumberCall.HetLoss);
                    break;
                case "HOMDEL":
                    calls.Add(CopyNumberCall.HomDel);
                    break;
                case "CNA":
                    calls.AddRange(ReadCnaComparison(reader));
                    break;
                case "EXP" or "PROT":
                    var (op, opPosition) = reader.Operator();
                    if (op is null)
                    {
                        throw reader.Error(opPosition, $"a comparison after {upper} (> 2, < -2, >= 1.5)");
                    }

                    var (number, numberPosition) = reader.Word();
                    if (number is null || !double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold))
                    {
                        throw reader.Error(numberPosition, $"a number after {upper} {Symbol(op.Value)}");
                    }

                    alterations.Add(new MeasurementCriterion(upper == "EXP" ? MeasurementKind.Expression : MeasurementKind.Protein,
                        gene, new Comparison(op.Value, threshold), ZScore: true, FeatureNamespace: "HGNC"));
                    break;
                case "FUSION":
                    throw reader.Error(position, "an alteration the lake holds (fusions are not loaded: MUT, AMP, HOMDEL, GAIN, HETLOSS, EXP, PROT)");
                case "DRIVER":
                    throw reader.Error(position, "an alteration the lake can answer (driver annotations are not loaded)");
                default:
                    alterations.Add(ReadMutation(reader, gene, word, position));
                    break;
            }
        }

        if (calls.Count > 0)
        {
            alterations.Add(new CopyNumberCriterion(gene, [.. calls.Distinct().OrderDescending()]));
        }

        if (alterations.Count == 0)
        {
            throw reader.Error(reader.Position, "at least one alteration after ':' (MUT, AMP, HOMDEL, EXP > 2, …)");
        }

        return alterations.Count == 1 ? alterations[0] : new AnyOf(alterations);
    }

    private static MutationCriterion ReadMutation(Reader reader, string gene, string word, int position)
    {
        var (stem, origin) = SplitOrigin(word);
        if (stem.Equals("MUT", StringComparison.OrdinalIgnoreCase) || stem.Length == 0)
        {
            if (reader.TryTakeEquals())
            {
                var (spec, specPosition) = reader.Word();
                if (spec is null)
                {
                    throw reader.Error(specPosition, "a protein change (V600E, V600) or mutation type (MISSENSE, NONSENSE, NONSTART, NONSTOP, FRAMESHIFT, INFRAME, SPLICE, TRUNC) after MUT =");
                }

                var (specStem, specOrigin) = SplitOrigin(spec);
                return Spec(reader, gene, specStem, specPosition, specOrigin ?? origin ?? MutationOrigin.Any);
            }

            return new MutationCriterion(gene, origin ?? MutationOrigin.Any);
        }

        if (stem.Equals("GERMLINE", StringComparison.OrdinalIgnoreCase) || stem.Equals("SOMATIC", StringComparison.OrdinalIgnoreCase))
        {
            return new MutationCriterion(gene, stem.Equals("GERMLINE", StringComparison.OrdinalIgnoreCase) ? MutationOrigin.Germline : MutationOrigin.Somatic);
        }

        return Spec(reader, gene, stem, position, origin ?? MutationOrigin.Any);
    }

    private static MutationCriterion Spec(Reader reader, string gene, string spec, int position, MutationOrigin origin)
    {
        MutationClass? type = spec.ToUpperInvariant() switch
        {
            "MISSENSE" => MutationClass.Missense,
            "NONSENSE" => MutationClass.Nonsense,
            "NONSTART" => MutationClass.Nonstart,
            "NONSTOP" => MutationClass.Nonstop,
            "FRAMESHIFT" => MutationClass.Frameshift,
            "INFRAME" => MutationClass.Inframe,
            "SPLICE" => MutationClass.Splice,
            "TRUNC" => MutationClass.Truncating,
            _ => null,
        };
        if (type is not null)
        {
            return new MutationCriterion(gene, origin, type.Value);
        }

        if (!ProteinChange().IsMatch(spec))
        {
            throw reader.Error(position, "a protein change (V600E, V600, G12C, Q61*) or mutation type (MISSENSE, NONSENSE, NONSTART, NONSTOP, FRAMESHIFT, INFRAME, SPLICE, TRUNC)");
        }

        return new MutationCriterion(gene, origin, ProteinChange: spec.StartsWith("p.", StringComparison.Ordinal) ? spec[2..] : spec);
    }

    private static IEnumerable<CopyNumberCall> ReadCnaComparison(Reader reader)
    {
        var (op, opPosition) = reader.Operator();
        if (op is null)
        {
            throw reader.Error(opPosition, "a comparison after CNA (>= GAIN, < HETLOSS)");
        }

        var (level, levelPosition) = reader.Word();
        CopyNumberCall? call = level?.ToUpperInvariant() switch
        {
            "AMP" => CopyNumberCall.Amp,
            "GAIN" => CopyNumberCall.Gain,
            "HETLOSS" => CopyNumberCall.HetLoss,
            "HOMDEL" => CopyNumberCall.HomDel,
            _ => null,
        };
        if (call is null)
        {
            throw reader.Error(levelPosition, "a copy-number level (AMP, GAIN, HETLOSS, HOMDEL)");
        }

        var comparison = new Comparison(op.Value, (int)call.Value);
        return Enum.GetValues<CopyNumberCall>().Where(c => comparison.Includes((int)c));
    }

    private static (string Stem, MutationOrigin? Origin) SplitOrigin(string word)
    {
        if (word.EndsWith("_GERMLINE", StringComparison.OrdinalIgnoreCase))
        {
            return (word[..^"_GERMLINE".Length], MutationOrigin.Germline);
        }

        return word.EndsWith("_SOMATIC", StringComparison.OrdinalIgnoreCase)
            ? (word[..^"_SOMATIC".Length], MutationOrigin.Somatic)
            : (word, null);
    }

    private static string Symbol(ComparisonOperator op) => new Comparison(op, 0).Symbol;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9\-\.]*$")]
    private static partial Regex GeneSymbol();

    [GeneratedRegex(@"^(p\.)?[A-Z\*][0-9]+([A-Za-z\*_0-9]*)$")]
    private static partial Regex ProteinChange();

    private sealed class Reader(string text)
    {
        public int Position { get; private set; }

        public bool AtEnd
        {
            get
            {
                SkipSpaces();
                return Position >= text.Length;
            }
        }

        public bool AtStatementEnd
        {
            get
            {
                SkipSpaces();
                return Position >= text.Length || text[Position] is ';' or '\n' or '\r';
            }
        }

        public void SkipSeparators()
        {
            while (Position < text.Length && (char.IsWhiteSpace(text[Position]) || text[Position] == ';'))
            {
                Position++;
            }
        }

        public bool TryTake(char c)
        {
            SkipSpaces();
            if (Position < text.Length && text[Position] == c)
            {
                Position++;
                return true;
            }

            return false;
        }

        public bool TryTakeEquals()
        {
            SkipSpaces();
            if (Position < text.Length && text[Position] == '=')
            {
                Position++;
                return true;
            }

            return false;
        }

        public (string? Word, int Position) Word()
        {
            SkipSpaces();
            var start = Position;
            while (Position < text.Length && (char.IsAsciiLetterOrDigit(text[Position]) || text[Position] is '_' or '-' or '.' or '*' or '+'))
            {
                Position++;
            }

            return (Position > start ? text[start..Position] : null, start);
        }

        public (ComparisonOperator? Op, int Position) Operator()
        {
            SkipSpaces();
            var start = Position;
            string op = Position + 1 < text.Length && text[Position + 1] == '=' && text[Position] is '<' or '>' or '!'
                ? text.Substring(Position, 2)
                : Position < text.Length && text[Position] is '<' or '>' or '=' ? text.Substring(Position, 1) : "";
            ComparisonOperator? result = op switch
            {
                ">" => ComparisonOperator.GreaterThan,
                ">=" => ComparisonOperator.GreaterOrEqual,
                "<" => ComparisonOperator.LessThan,
                "<=" => ComparisonOperator.LessOrEqual,
                "=" => ComparisonOperator.Equal,
                "!=" => ComparisonOperator.NotEqual,
                _ => null,
            };
            Position += op.Length;
            return (result, start);
        }

        public OmicsBridgeException Error(int position, string expected) =>
            CohortIssues.At(CohortIssues.OqlSyntax, Source, text, position, expected);

        private void SkipSpaces()
        {
            while (Position < text.Length && text[Position] is ' ' or '\t')
            {
                Position++;
            }
        }
    }
}

using System.Globalization;
using System.Text;

namespace OmicsBridge.Cohorts.Definition;

/// <summary>
/// Writes a criterion in the one-line <c>--where</c> grammar. The text is canonical (the same tree always gives the same
/// text), so it doubles as the definition's identity for hashing and for diffs.
/// </summary>
public static class CriterionText
{
    public static string Format(Criterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        var text = new StringBuilder();
        Write(text, criterion, topLevel: true);
        return text.ToString();
    }

    /// <summary>The definition as text: the index clause (if any) then the criteria.</summary>
    public static string Format(CohortDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var criteria = Format(definition.Criteria);
        return definition.Index is null ? criteria : $"index {Format(definition.Index)}; {criteria}";
    }

    public static string Format(IndexEvent index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return index.IsFirstSample ? "first sample" : $"first {Domain(index.Domain!.Value)} {index.Code}";
    }

    private static void Write(StringBuilder text, Criterion criterion, bool topLevel)
    {
        switch (criterion)
        {
            case AllOf { Items.Count: 0 }:
                text.Append("all");
                break;
            case AllOf all:
                Join(text, all.Items, " and ", topLevel);
                break;
            case AnyOf any:
                Join(text, any.Items, " or ", topLevel);
                break;
            case NoneOf { Items.Count: 1 } none:
                text.Append("not ");
                Write(text, none.Items[0], topLevel: false);
                break;
            case NoneOf none:
                text.Append("not (");
                Join(text, none.Items, " or ", topLevel: true);
                text.Append(')');
                break;
            default:
                text.Append(Leaf(criterion));
                break;
        }
    }

    private static void Join(StringBuilder text, IReadOnlyList<Criterion> items, string separator, bool topLevel)
    {
        var wrap = !topLevel && items.Count > 1;
        if (wrap)
        {
            text.Append('(');
        }

        for (var i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                text.Append(separator);
            }

            Write(text, items[i], topLevel: false);
        }

        if (wrap)
        {
            text.Append(')');
        }
    }

    /// <summary>One leaf criterion as text (also the label the output uses for "matched nothing").</summary>
    public static string Leaf(Criterion criterion)
    {
        var ci = CultureInfo.InvariantCulture;
        return criterion switch
        {
            SexCriterion sex => $"sex {sex.Sex}",
            AgeCriterion age => $"age {age.Age}",
            VitalStatusCriterion vital => vital.Deceased ? "deceased" : "alive",
            ClinicalEventCriterion e => ClinicalEvent(e),
            VariantCriterion v => Variant(v),
            MutationCriterion m => $"gene {Quote(Oql(m))}",
            CopyNumberCriterion c => $"gene {Quote($"{c.Gene}: {string.Join(' ', c.Calls.Select(CallName))}")}",
            MeasurementCriterion m => string.Create(ci, $"{m.Kind.ToString().ToLowerInvariant()} {(m.FeatureNamespace is null ? "" : m.FeatureNamespace + ":")}{m.Feature}{(m.ZScore ? " z" : "")} {m.Test}"),
            ModalityCriterion m => $"has {m.Modality}",
            GeneQueryCriterion g => $"gene {Quote(g.Oql)}",
            AllOf or AnyOf or NoneOf => Format(criterion),
            _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion.GetType().Name, "Unknown criterion type."),
        };
    }

    public static string CallName(CopyNumberCall call) => call switch
    {
        CopyNumberCall.Amp => "AMP",
        CopyNumberCall.Gain => "GAIN",
        CopyNumberCall.HetLoss => "HETLOSS",
        _ => "HOMDEL",
    };

    public static string Domain(ClinicalDomain domain) => domain.ToString().ToLowerInvariant();

    private static string ClinicalEvent(ClinicalEventCriterion e)
    {
        var text = new StringBuilder($"{Domain(e.Domain)} {e.Code}");
        if (e.Code.Descendants)
        {
            text.Append(" descendants");
        }

        if (e.Value is not null)
        {
            text.Append(' ').Append(e.Value);
        }

        if (e.Unit is not null)
        {
            text.Append(' ').Append(Quote(e.Unit));
        }

        if (e.Window is not null)
        {
            text.Append(' ').Append(e.Window);
        }

        if (e.MinOccurrences > 1)
        {
            text.Append(CultureInfo.InvariantCulture, $" at least {e.MinOccurrences} times");
        }

        return text.ToString();
    }

    private static string Variant(VariantCriterion v)
    {
        var parts = new List<string> { "variant" };
        Add(parts, "gene", v.Gene);
        Add(parts, "hgvs", v.Hgvs);
        Add(parts, "key", v.VariantKey);
        Add(parts, "consequence", v.Consequence);
        Add(parts, "zygosity", v.Zygosity);
        if (v.Vaf is not null)
        {
            parts.Add("vaf " + v.Vaf);
        }

        Add(parts, "significance", v.ClinicalSignificance);
        return string.Join(' ', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{name}={Quote(value)}");
        }
    }

    private static string Oql(MutationCriterion m)
    {
        var word = m.ProteinChange is not null
            ? "MUT = " + m.ProteinChange
            : m.Class == MutationClass.Any ? "MUT" : "MUT = " + (m.Class == MutationClass.Truncating ? "TRUNC" : m.Class.ToString().ToUpperInvariant());
        var origin = m.Origin switch
        {
            MutationOrigin.Germline => "_GERMLINE",
            MutationOrigin.Somatic => "_SOMATIC",
            _ => "",
        };
        var vaf = m.Vaf is null ? "" : $" (vaf {m.Vaf})";
        return $"{m.Gene}: {word}{origin}{vaf}";
    }

    /// <summary>Single-quotes a value unless it is one plain word.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var plain = value.Length > 0 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':' or '*' or '/');
        return plain ? value : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
    }
}

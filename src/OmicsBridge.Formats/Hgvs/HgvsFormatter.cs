using System.Globalization;
using System.Text;

namespace OmicsBridge.Formats.Hgvs;

/// <summary>Writes an <see cref="HgvsVariant"/> as HGVS text; a parsed description formats back to its input.</summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class HgvsFormatter
{
    /// <summary>The description as HGVS text.</summary>
    public static string Format(HgvsVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var builder = new StringBuilder(32);
        if (variant.Reference is { } reference)
        {
            AppendReference(builder, reference).Append(':');
        }

        var prefix = Prefix(variant.Type);
        if (!variant.TypeInsideBrackets)
        {
            builder.Append(prefix).Append('.');
        }

        for (var i = 0; i < variant.Alleles.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(variant.Phases[i - 1] == HgvsPhase.Trans ? ";" : "(;)");
            }

            var allele = variant.Alleles[i];
            if (allele.Bracketed)
            {
                builder.Append('[');
            }

            for (var j = 0; j < allele.Changes.Count; j++)
            {
                if (j > 0)
                {
                    builder.Append(';');
                }

                if (variant.TypeInsideBrackets)
                {
                    builder.Append(prefix).Append('.');
                }

                AppendChange(builder, allele.Changes[j]);
            }

            if (allele.Bracketed)
            {
                builder.Append(']');
            }
        }

        return builder.ToString();
    }

    /// <summary>A location as HGVS text (<c>76_78</c>, <c>(123_125)_(130_132)</c>, <c>Lys23_Val25</c>).</summary>
    public static string Format(HgvsLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        return AppendLocation(new StringBuilder(), location).ToString();
    }

    internal static char Prefix(HgvsCoordinateSystem type) => type switch
    {
        HgvsCoordinateSystem.Genomic => 'g',
        HgvsCoordinateSystem.Circular => 'o',
        HgvsCoordinateSystem.Mitochondrial => 'm',
        HgvsCoordinateSystem.Coding => 'c',
        HgvsCoordinateSystem.NonCoding => 'n',
        HgvsCoordinateSystem.Rna => 'r',
        _ => 'p',
    };

    private static StringBuilder AppendReference(StringBuilder builder, HgvsReference reference)
    {
        builder.Append(reference.Accession);
        return reference.Detail is null ? builder : builder.Append('(').Append(reference.Detail).Append(')');
    }

    private static void AppendChange(StringBuilder builder, HgvsChange change)
    {
        for (var i = 0; i < change.Parts.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(change.Mixture == HgvsMixture.Chimeric ? "//" : "/");
            }

            AppendPosEdit(builder, change.Parts[i]);
        }
    }

    private static void AppendPosEdit(StringBuilder builder, HgvsPosEdit posEdit)
    {
        if (posEdit.Predicted)
        {
            builder.Append('(');
        }

        if (posEdit.Location is { } location)
        {
            AppendLocation(builder, location);
        }

        AppendEdit(builder, posEdit.Edit);
        if (posEdit.Predicted)
        {
            builder.Append(')');
        }
    }

    private static StringBuilder AppendLocation(StringBuilder builder, HgvsLocation location)
    {
        AppendBound(builder, location.Start);
        if (location.End is { } end)
        {
            AppendBound(builder.Append('_'), end);
        }

        return builder;
    }

    private static void AppendBound(StringBuilder builder, HgvsBound bound)
    {
        if (bound.High is null)
        {
            AppendPosition(builder, bound.Low);
            return;
        }

        builder.Append('(');
        AppendPosition(builder, bound.Low);
        builder.Append('_');
        AppendPosition(builder, bound.High);
        builder.Append(')');
    }

    private static void AppendPosition(StringBuilder builder, HgvsPosition position)
    {
        if (position.AminoAcid is not null)
        {
            builder.Append(position.AminoAcid);
        }

        if (position.Base is not { } value)
        {
            builder.Append('?');
            return;
        }

        if (position.FromCdsEnd)
        {
            builder.Append('*');
        }

        builder.Append(value.ToString(CultureInfo.InvariantCulture));
        if (position.Offset is { } offset)
        {
            builder.Append(offset.Sign < 0 ? '-' : '+');
            builder.Append(offset.Distance is { } distance ? distance.ToString(CultureInfo.InvariantCulture) : "?");
        }
    }

    private static void AppendEdit(StringBuilder builder, HgvsEdit edit)
    {
        switch (edit.Kind)
        {
            case HgvsEditKind.Substitution:
                builder.Append(edit.Deleted);
                if (edit.Deleted is not null)
                {
                    builder.Append('>');
                }

                builder.Append(edit.Inserted);
                break;
            case HgvsEditKind.Deletion:
                AppendDeleted(builder.Append("del"), edit);
                break;
            case HgvsEditKind.DeletionInsertion:
                AppendDeleted(builder.Append("del"), edit);
                AppendInserted(builder.Append("ins"), edit);
                break;
            case HgvsEditKind.Duplication:
                builder.Append("dup").Append(edit.Deleted);
                break;
            case HgvsEditKind.Inversion:
                AppendDeleted(builder.Append("inv"), edit);
                break;
            case HgvsEditKind.Insertion:
                AppendInserted(builder.Append("ins"), edit);
                break;
            case HgvsEditKind.Conversion:
                AppendInserted(builder.Append("con"), edit);
                break;
            case HgvsEditKind.Repeat:
                foreach (var unit in edit.Units ?? [])
                {
                    builder.Append(unit.Sequence).Append('[').Append(unit.Copies.ToString()).Append(']');
                }

                break;
            case HgvsEditKind.Identity:
                builder.Append(edit.Deleted).Append('=');
                break;
            case HgvsEditKind.Unknown:
                builder.Append('?');
                break;
            case HgvsEditKind.NoProduct:
                builder.Append(edit.Uncertain ? "0?" : "0");
                break;
            case HgvsEditKind.Splicing:
                builder.Append("spl");
                break;
            case HgvsEditKind.Frameshift:
                builder.Append(edit.Inserted).Append("fs");
                AppendStop(builder, edit);
                break;
            case HgvsEditKind.Extension:
                builder.Append(edit.Inserted).Append("ext");
                AppendStop(builder, edit);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(edit), edit.Kind, "Unknown HGVS edit kind.");
        }
    }

    private static void AppendDeleted(StringBuilder builder, HgvsEdit edit)
    {
        builder.Append(edit.Deleted);
        if (edit.DeletedLength is { } length)
        {
            builder.Append(edit.Deleted is null ? length.ToString() : $"[{length}]");
        }
    }

    private static void AppendInserted(StringBuilder builder, HgvsEdit edit)
    {
        var parts = edit.InsertedParts ?? [];
        if (edit.InsertBracketed)
        {
            builder.Append('[');
        }

        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(';');
            }

            AppendInsertPart(builder, parts[i]);
        }

        if (edit.InsertBracketed)
        {
            builder.Append(']');
        }
    }

    private static void AppendInsertPart(StringBuilder builder, HgvsInsertPart part)
    {
        if (part.Reference is { } reference)
        {
            AppendReference(builder, reference).Append(':');
            if (part.Type is { } type)
            {
                builder.Append(Prefix(type)).Append('.');
            }
        }

        if (part.Range is { } range)
        {
            AppendLocation(builder, range);
        }
        else if (part.Sequence is not null)
        {
            builder.Append(part.Sequence);
            if (part.Count is { } copies)
            {
                builder.Append('[').Append(copies.ToString()).Append(']');
            }
        }
        else if (part.Count is { } length)
        {
            builder.Append(length.ToString());
        }

        if (part.Inverted)
        {
            builder.Append("inv");
        }
    }

    private static void AppendStop(StringBuilder builder, HgvsEdit edit)
    {
        if (edit.Terminator is null && edit.StopPosition is { Exact: < 0 } upstream)
        {
            builder.Append(upstream.Exact.Value.ToString(CultureInfo.InvariantCulture));
            return;
        }

        builder.Append(edit.Terminator);
        if (edit.StopPosition is { } position)
        {
            builder.Append(position.ToString());
        }
    }
}

using System.Diagnostics.CodeAnalysis;

namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// Rewrites a description to the form the HGVS recommendations prefer, without a reference sequence (no 3' shifting):
/// N1 3-letter amino acids, N2 <c>Ter</c> for stops (<c>*</c>, <c>X</c>), N3 no stated deleted/duplicated/inverted bases or
/// lengths on a definite location (<c>c.76delA</c> → <c>c.76del</c>, <c>delAinsT</c> → <c>delinsT</c>), N4 one position for
/// a range of one (<c>c.76_76del</c> → <c>c.76del</c>), N5 upper-case DNA and lower-case RNA nucleotides, N6 the type prefix
/// before the allele brackets (<c>[c.76A&gt;C;c.83G&gt;C]</c> → <c>c.[76A&gt;C;83G&gt;C]</c>). The rules are in docs/formats/hgvs.md.
/// </summary>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class HgvsNormalizer
{
    /// <summary>The recommended form of <paramref name="variant"/>.</summary>
    public static HgvsVariant Normalize(HgvsVariant variant)
    {
        ArgumentNullException.ThrowIfNull(variant);
        var type = variant.Type;
        var alleles = variant.Alleles
            .Select(a => a with
            {
                Changes = a.Changes
                    .Select(c => c with { Parts = c.Parts.Select(p => Normalize(p, type)).ToArray() })
                    .ToArray(),
            })
            .ToArray();
        return variant with { Alleles = alleles, TypeInsideBrackets = false };
    }

    /// <summary>The recommended form of the description in <paramref name="text"/>; throws on invalid text.</summary>
    public static string Normalize(string text) =>
        HgvsFormatter.Format(Normalize(HgvsParser.Parse(text)));

    /// <summary>The recommended form of the description in <paramref name="text"/>, or false and the parse error.</summary>
    public static bool TryNormalize(
        [NotNullWhen(true)] string? text,
        [NotNullWhen(true)] out string? normalized,
        [NotNullWhen(false)] out HgvsParseError? error)
    {
        normalized = null;
        if (!HgvsParser.TryParse(text, out var variant, out error))
        {
            return false;
        }

        normalized = HgvsFormatter.Format(Normalize(variant));
        return true;
    }

    private static HgvsPosEdit Normalize(HgvsPosEdit posEdit, HgvsCoordinateSystem type)
    {
        var location = posEdit.Location is null ? null : Normalize(posEdit.Location, type);
        var edit = Normalize(posEdit.Edit, type, location?.IsDefinite ?? false);
        return posEdit with { Location = location, Edit = edit };
    }

    private static HgvsLocation Normalize(HgvsLocation location, HgvsCoordinateSystem type)
    {
        var start = Normalize(location.Start, type);
        var end = location.End is null ? null : Normalize(location.End, type);

        // N4: 76_76 is one position.
        if (end is not null && !start.IsUncertain && !end.IsUncertain && start.Low == end.Low && !start.Low.IsUnknown)
        {
            end = null;
        }

        return new HgvsLocation(start, end);
    }

    private static HgvsBound Normalize(HgvsBound bound, HgvsCoordinateSystem type) =>
        new(Normalize(bound.Low, type), bound.High is null ? null : Normalize(bound.High, type));

    private static HgvsPosition Normalize(HgvsPosition position, HgvsCoordinateSystem type) =>
        type == HgvsCoordinateSystem.Protein && position.AminoAcid is not null
            ? position with { AminoAcid = HgvsAminoAcids.ToThreeLetter(position.AminoAcid) }
            : position;

    private static HgvsEdit Normalize(HgvsEdit edit, HgvsCoordinateSystem type, bool definite)
    {
        var deleted = Residues(edit.Deleted, type);
        var deletedLength = edit.DeletedLength;

        // N3: on a definite location the deleted bases and length are implied by the positions.
        if (definite && edit.Kind is HgvsEditKind.Deletion or HgvsEditKind.DeletionInsertion or HgvsEditKind.Duplication
                or HgvsEditKind.Inversion)
        {
            deleted = null;
            deletedLength = null;
        }

        return edit with
        {
            Deleted = deleted,
            DeletedLength = deletedLength,
            Inserted = Residues(edit.Inserted, type),
            InsertedParts = edit.InsertedParts?.Select(p => p with { Sequence = Residues(p.Sequence, type) }).ToArray(),
            Units = edit.Units?.Select(u => u with { Sequence = Residues(u.Sequence, type) ?? string.Empty }).ToArray(),
            Terminator = edit.Terminator is null ? null : "Ter",
        };
    }

    // N1, N2, N5.
    private static string? Residues(string? sequence, HgvsCoordinateSystem type) => sequence switch
    {
        null or "" => sequence,
        _ when type == HgvsCoordinateSystem.Protein => HgvsAminoAcids.ToThreeLetter(sequence),
        _ when type == HgvsCoordinateSystem.Rna => sequence.ToLowerInvariant(),
        _ => sequence.ToUpperInvariant(),
    };
}

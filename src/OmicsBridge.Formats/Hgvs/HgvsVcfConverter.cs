using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// Converts between HGVS g. descriptions on RefSeq chromosome accessions (<c>NC_000017.11:g.43045705G&gt;A</c>) and
/// VCF-style (chromosome, position, REF, ALT) variants, for GRCh37 and GRCh38.
/// </summary>
/// <remarks>
/// <para>HGVS → VCF: substitutions and delins with stated bases convert directly; a duplication with stated bases
/// converts too (its last base is the VCF anchor). Deletions and insertions need the unchanged base before them, which
/// HGVS does not state: pass <c>referenceBases</c> (accession, 1-based start, end → bases) or use the unanchored form in
/// an <see cref="HgvsVcfStatus.NeedsAnchorBase"/> result. Unstated deleted/duplicated bases give
/// <see cref="HgvsVcfStatus.NeedsReference"/> with the range to look up.</para>
/// <para>VCF → HGVS: the common prefix and suffix of REF and ALT are trimmed and the rest described as a substitution,
/// deletion, insertion (a duplication when the inserted bases repeat the bases just before, as far as REF shows them),
/// inversion or delins. Without the reference sequence the result is not shifted 3' (HGVS's 3' rule): a left-aligned
/// VCF indel in a repeat gives a valid but not the recommended description.</para>
/// </remarks>
/// <threadsafety>All members are thread-safe.</threadsafety>
public static class HgvsVcfConverter
{
    /// <summary>VCF-style alleles for a g. (or m.) description on a GRCh37/GRCh38 chromosome accession.</summary>
    /// <param name="variant">A parsed description with one location and edit.</param>
    /// <param name="referenceBases">Optional reference lookup: (accession, 1-based start, 1-based end) → bases or null.</param>
    public static HgvsVcfConversion ToVcf(HgvsVariant variant, Func<string, long, long, string?>? referenceBases = null)
    {
        ArgumentNullException.ThrowIfNull(variant);
        if (variant.Type is not (HgvsCoordinateSystem.Genomic or HgvsCoordinateSystem.Mitochondrial))
        {
            return Unsupported("only g. and m. descriptions have chromosome coordinates");
        }

        if (variant.Reference is null
            || !RefSeqChromosomes.TryGetChromosome(variant.Reference.Accession, out var chromosome, out var assembly))
        {
            return Unsupported("the reference is not a GRCh37/GRCh38 RefSeq chromosome accession (NC_...)");
        }

        if (variant.Single is not { Location: { IsDefinite: true } location } posEdit)
        {
            return Unsupported("only one variant with a definite location converts to one VCF record");
        }

        var accession = variant.Reference.Accession;
        var start = location.First.Base!.Value;
        var end = location.Last.Base!.Value;
        var edit = posEdit.Edit;
        string? Lookup(long from, long to) =>
            from < 1 || to < from ? null : referenceBases?.Invoke(accession, from, to)?.ToUpperInvariant();
        VcfStyleVariant Record(long position, string reference, string alternate) =>
            new(chromosome, assembly, accession, position, reference, alternate);

        switch (edit.Kind)
        {
            case HgvsEditKind.Substitution:
                return Converted(Record(start, edit.Deleted!.ToUpperInvariant(), edit.Inserted!.ToUpperInvariant()));

            case HgvsEditKind.DeletionInsertion:
            {
                if (edit.InsertedSequence is not { } inserted)
                {
                    return Unsupported("only a literal inserted sequence converts to an ALT allele");
                }

                var deleted = StatedOrLookup(edit, start, end, Lookup);
                if (deleted is null)
                {
                    return NeedsReference("the deleted bases are not stated", start, end);
                }

                return deleted.Length != end - start + 1
                    ? Unsupported("the stated deleted bases do not match the length of the range")
                    : Converted(Record(start, deleted, inserted.ToUpperInvariant()));
            }

            case HgvsEditKind.Deletion:
            {
                var deleted = StatedOrLookup(edit, start, end, Lookup);
                if (deleted is null)
                {
                    // The anchor base is needed too, so ask for it in the same range.
                    return NeedsReference("the deleted bases are not stated", start > 1 ? start - 1 : start, start > 1 ? end : end + 1);
                }

                if (deleted.Length != end - start + 1)
                {
                    return Unsupported("the stated deleted bases do not match the length of the range");
                }

                return Anchor(start, deleted, string.Empty, Lookup, Record);
            }

            case HgvsEditKind.Insertion:
            {
                if (edit.InsertedSequence is not { } inserted || location.End is null || end != start + 1)
                {
                    return Unsupported("only a literal insertion between two neighbouring positions converts");
                }

                return Anchor(end, string.Empty, inserted.ToUpperInvariant(), Lookup, Record);
            }

            case HgvsEditKind.Duplication:
            {
                var duplicated = StatedOrLookup(edit, start, end, Lookup);
                if (duplicated is null)
                {
                    return NeedsReference("the duplicated bases are not stated", start, end);
                }

                if (duplicated.Length != end - start + 1)
                {
                    return Unsupported("the stated duplicated bases do not match the length of the range");
                }

                // The copy follows the original, so the last duplicated base is the anchor.
                var last = duplicated[^1].ToString();
                return Converted(Record(end, last, last + duplicated));
            }

            case HgvsEditKind.Inversion:
            {
                var inverted = StatedOrLookup(edit, start, end, Lookup);
                return inverted is null
                    ? NeedsReference("the inverted bases are not stated", start, end)
                    : Converted(Record(start, inverted, ReverseComplement(inverted)));
            }

            default:
                return Unsupported($"a {edit.Kind} edit has no single VCF record");
        }
    }

    /// <summary>The g. description of a VCF-style variant on the RefSeq accession of its chromosome.</summary>
    /// <param name="chromosome">VCF chromosome (<c>17</c>, <c>chr17</c>, <c>X</c>, <c>chrM</c>).</param>
    /// <param name="assembly">The assembly the position is on.</param>
    /// <param name="position">1-based VCF POS.</param>
    /// <param name="reference">REF (A, C, G, T, N).</param>
    /// <param name="alternate">One ALT allele (A, C, G, T, N); symbolic alleles are not described.</param>
    /// <param name="variant">The description, e.g. <c>NC_000017.11:g.43045705G&gt;A</c>.</param>
    /// <param name="reason">Why no description could be made.</param>
    public static bool TryFromVcf(
        string chromosome,
        GenomeAssembly assembly,
        long position,
        string reference,
        string alternate,
        [NotNullWhen(true)] out HgvsVariant? variant,
        [NotNullWhen(false)] out string? reason)
    {
        ArgumentNullException.ThrowIfNull(chromosome);
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(alternate);
        variant = null;
        if (!RefSeqChromosomes.TryGetAccession(chromosome, assembly, out var accession))
        {
            reason = $"chromosome '{chromosome}' has no {assembly} RefSeq accession";
            return false;
        }

        var refAllele = reference.ToUpperInvariant();
        var altAllele = alternate.ToUpperInvariant();
        if (position < 1 || !IsBases(refAllele) || !IsBases(altAllele) || refAllele.Length == 0)
        {
            reason = "POS must be at least 1 and REF/ALT plain bases (symbolic, '*' and '.' alleles are not described)";
            return false;
        }

        if (refAllele == altAllele)
        {
            reason = "REF and ALT are the same";
            return false;
        }

        var prefix = 0;
        while (prefix < refAllele.Length && prefix < altAllele.Length && refAllele[prefix] == altAllele[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < refAllele.Length - prefix && suffix < altAllele.Length - prefix
               && refAllele[^(suffix + 1)] == altAllele[^(suffix + 1)])
        {
            suffix++;
        }

        var deleted = refAllele[prefix..^suffix];
        var inserted = altAllele[prefix..^suffix];
        var start = position + prefix;
        var type = RefSeqChromosomes.Canonical(chromosome) == "MT" ? HgvsCoordinateSystem.Mitochondrial : HgvsCoordinateSystem.Genomic;
        HgvsPosEdit posEdit;
        if (deleted.Length == 1 && inserted.Length == 1)
        {
            posEdit = new HgvsPosEdit(At(start), new HgvsEdit(HgvsEditKind.Substitution, deleted, inserted));
        }
        else if (deleted.Length == 0)
        {
            // Bases just before the insertion point, as far as REF shows them: an exact repeat of them is a duplication.
            var before = refAllele[..prefix];
            posEdit = before.EndsWith(inserted, StringComparison.Ordinal)
                ? new HgvsPosEdit(Span(start - inserted.Length, start - 1), new HgvsEdit(HgvsEditKind.Duplication))
                : new HgvsPosEdit(
                    HgvsLocation.Range(new HgvsPosition(start - 1), new HgvsPosition(start)),
                    new HgvsEdit(HgvsEditKind.Insertion, InsertedParts: [new HgvsInsertPart(inserted)]));
        }
        else if (inserted.Length == 0)
        {
            posEdit = new HgvsPosEdit(Span(start, start + deleted.Length - 1), new HgvsEdit(HgvsEditKind.Deletion));
        }
        else if (deleted.Length > 1 && inserted == ReverseComplement(deleted))
        {
            posEdit = new HgvsPosEdit(Span(start, start + deleted.Length - 1), new HgvsEdit(HgvsEditKind.Inversion));
        }
        else
        {
            posEdit = new HgvsPosEdit(
                Span(start, start + deleted.Length - 1),
                new HgvsEdit(HgvsEditKind.DeletionInsertion, InsertedParts: [new HgvsInsertPart(inserted)]));
        }

        variant = HgvsVariant.Simple(new HgvsReference(accession), type, posEdit);
        reason = null;
        return true;
    }

    /// <summary>The g. description text of a VCF-style variant, or null with no description possible.</summary>
    public static string? FromVcf(string chromosome, GenomeAssembly assembly, long position, string reference, string alternate) =>
        TryFromVcf(chromosome, assembly, position, reference, alternate, out var variant, out _)
            ? HgvsFormatter.Format(variant)
            : null;

    private static HgvsVcfConversion Anchor(
        long changeStart,
        string deleted,
        string inserted,
        Func<long, long, string?> lookup,
        Func<long, string, string, VcfStyleVariant> record)
    {
        // VCF anchors an indel on the base before it, or on the base after it at the start of the sequence.
        var anchorAt = changeStart > 1 ? changeStart - 1 : changeStart + deleted.Length;
        var anchor = lookup(anchorAt, anchorAt);
        if (anchor is not { Length: 1 })
        {
            return new HgvsVcfConversion(
                HgvsVcfStatus.NeedsAnchorBase,
                record(changeStart, deleted, inserted),
                string.Create(CultureInfo.InvariantCulture, $"VCF needs the reference base at {anchorAt} to anchor the indel"),
                anchorAt,
                anchorAt);
        }

        return changeStart > 1
            ? Converted(record(anchorAt, anchor + deleted, anchor + inserted))
            : Converted(record(changeStart, deleted + anchor, inserted + anchor));
    }

    private static string? StatedOrLookup(HgvsEdit edit, long start, long end, Func<long, long, string?> lookup) =>
        edit.Deleted is { Length: > 0 } stated && edit.DeletedLength is null ? stated.ToUpperInvariant() : lookup(start, end);

    private static HgvsLocation At(long position) => HgvsLocation.At(new HgvsPosition(position));

    private static HgvsLocation Span(long start, long end) =>
        start == end ? At(start) : HgvsLocation.Range(new HgvsPosition(start), new HgvsPosition(end));

    private static bool IsBases(string allele) => allele.AsSpan().IndexOfAnyExcept("ACGTN") < 0;

    private static string ReverseComplement(string bases) => string.Create(bases.Length, bases, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = source[source.Length - 1 - i] switch
            {
                'A' => 'T',
                'C' => 'G',
                'G' => 'C',
                'T' => 'A',
                var other => other,
            };
        }
    });

    private static HgvsVcfConversion Converted(VcfStyleVariant variant) => new(HgvsVcfStatus.Converted, variant, string.Empty);

    private static HgvsVcfConversion Unsupported(string reason) => new(HgvsVcfStatus.Unsupported, null, reason);

    private static HgvsVcfConversion NeedsReference(string reason, long start, long end) =>
        new(HgvsVcfStatus.NeedsReference, null, reason, start, end);
}

namespace OmicsBridge.Formats.Hgvs;

internal sealed partial class HgvsReader
{
    private bool ReadProteinEdit(out HgvsEdit? edit)
    {
        edit = null;
        if (Accept("delins"))
        {
            if (!ReadInsert(out var parts, out var bracketed))
            {
                return false;
            }

            edit = new HgvsEdit(HgvsEditKind.DeletionInsertion, InsertedParts: parts, InsertBracketed: bracketed);
            return true;
        }

        if (Accept("del"))
        {
            edit = new HgvsEdit(HgvsEditKind.Deletion);
            return true;
        }

        if (Accept("dup"))
        {
            edit = new HgvsEdit(HgvsEditKind.Duplication);
            return true;
        }

        if (Accept("ins"))
        {
            if (!ReadInsert(out var parts, out var bracketed))
            {
                return false;
            }

            edit = new HgvsEdit(HgvsEditKind.Insertion, InsertedParts: parts, InsertBracketed: bracketed);
            return true;
        }

        if (Accept("fs"))
        {
            return ReadFrameshift(null, out edit);
        }

        if (Accept("ext"))
        {
            return ReadExtension(null, out edit);
        }

        if (Accept('='))
        {
            edit = new HgvsEdit(HgvsEditKind.Identity);
            return true;
        }

        if (Accept('?'))
        {
            edit = new HgvsEdit(HgvsEditKind.Unknown);
            return true;
        }

        if (Peek() == '[')
        {
            return ReadRepeat(string.Empty, out edit);
        }

        var length = HgvsAminoAcids.Match(_text.AsSpan(_pos));
        if (length == 0)
        {
            return char.IsAsciiLetterUpper(Peek()) || Peek() == '*'
                ? Fail(HgvsErrorCodes.AminoAcid, "an amino acid code (e.g. Cys or C, Ter or *)")
                : Fail(HgvsErrorCodes.Edit, "a protein edit (an amino acid, del, dup, ins, delins, fs, ext, = or ?)");
        }

        var alternate = _text.Substring(_pos, length);
        _pos += length;
        if (Accept("fs"))
        {
            return ReadFrameshift(alternate, out edit);
        }

        if (Accept("ext"))
        {
            return ReadExtension(alternate, out edit);
        }

        if (Peek() == '[' || HgvsAminoAcids.Match(_text.AsSpan(_pos)) > 0)
        {
            // p.Arg97ProGly is not a substitution; say where the second residue starts.
            return Fail(HgvsErrorCodes.Edit, "one amino acid in a substitution (use delins for more)");
        }

        edit = new HgvsEdit(HgvsEditKind.Substitution, Inserted: alternate);
        return true;
    }

    /// <summary>After <c>fs</c>: nothing, or a stop symbol with an optional position (<c>Ter23</c>, <c>*?</c>).</summary>
    private bool ReadFrameshift(string? alternate, out HgvsEdit? edit)
    {
        edit = null;
        if (!ReadStop(out var terminator, out var position))
        {
            return false;
        }

        edit = new HgvsEdit(HgvsEditKind.Frameshift, Inserted: alternate, Terminator: terminator, StopPosition: position);
        return true;
    }

    /// <summary>After <c>ext</c>: <c>-5</c> (new upstream start), <c>Ter17</c> / <c>*?</c> (new downstream stop), or nothing.</summary>
    private bool ReadExtension(string? alternate, out HgvsEdit? edit)
    {
        edit = null;
        if (Accept('-'))
        {
            if (!ReadNumber(out var upstream))
            {
                return false;
            }

            edit = new HgvsEdit(HgvsEditKind.Extension, Inserted: alternate, StopPosition: HgvsCount.Exactly(-upstream));
            return true;
        }

        if (!ReadStop(out var terminator, out var position))
        {
            return false;
        }

        edit = new HgvsEdit(HgvsEditKind.Extension, Inserted: alternate, Terminator: terminator, StopPosition: position);
        return true;
    }

    private bool ReadStop(out string? terminator, out HgvsCount? position)
    {
        terminator = null;
        position = null;
        if (Accept("Ter"))
        {
            terminator = "Ter";
        }
        else if (Peek() is '*' or 'X')
        {
            terminator = Peek().ToString();
            _pos++;
        }
        else
        {
            return (!char.IsAsciiDigit(Peek()) && Peek() != '?')
                || Fail(HgvsErrorCodes.AminoAcid, "'Ter' or '*' before the position of the new stop codon");
        }

        if (Accept('?'))
        {
            position = HgvsCount.Unknown;
        }
        else if (char.IsAsciiDigit(Peek()))
        {
            if (!ReadNumber(out var value))
            {
                return false;
            }

            position = HgvsCount.Exactly(value);
        }

        return true;
    }

    private bool ReadAminoAcids(out string? residues, string what)
    {
        residues = null;
        var start = _pos;
        while (true)
        {
            var length = HgvsAminoAcids.Match(_text.AsSpan(_pos));
            if (length == 0)
            {
                break;
            }

            _pos += length;
        }

        if (start == _pos)
        {
            return Fail(HgvsErrorCodes.AminoAcid, $"{what} (e.g. Ala or A)");
        }

        residues = _text[start.._pos];
        return true;
    }
}

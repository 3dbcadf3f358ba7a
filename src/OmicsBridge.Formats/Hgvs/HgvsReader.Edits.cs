namespace OmicsBridge.Formats.Hgvs;

internal sealed partial class HgvsReader
{
    // IUPAC nucleotide codes, both cases; T and U are checked against the coordinate type after reading.
    private const string Nucleotides = "ACGTURYMKWSBDHVNacgturymkwsbdhvn";

    private bool IsRna => _type == HgvsCoordinateSystem.Rna;

    private string NucleotideHint => IsRna ? "a nucleotide (a, c, g, u)" : "a nucleotide (A, C, G, T)";

    private bool ReadNucleotideEdit(out HgvsEdit? edit)
    {
        edit = null;
        if (Accept("del"))
        {
            if (!ReadDeleted(out var deleted, out var length))
            {
                return false;
            }

            if (Accept("ins"))
            {
                if (!ReadInsert(out var parts, out var bracketed))
                {
                    return false;
                }

                edit = new HgvsEdit(HgvsEditKind.DeletionInsertion, deleted, DeletedLength: length, InsertedParts: parts,
                    InsertBracketed: bracketed);
                return true;
            }

            edit = new HgvsEdit(HgvsEditKind.Deletion, deleted, DeletedLength: length);
            return true;
        }

        if (Accept("dup"))
        {
            if (!ReadOptionalSequence(out var duplicated))
            {
                return false;
            }

            edit = new HgvsEdit(HgvsEditKind.Duplication, duplicated);
            return true;
        }

        if (Accept("inv"))
        {
            if (!ReadDeleted(out var inverted, out var length))
            {
                return false;
            }

            edit = new HgvsEdit(HgvsEditKind.Inversion, inverted, DeletedLength: length);
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

        if (Accept("con"))
        {
            if (!ReadInsertPart(out var part))
            {
                return false;
            }

            edit = new HgvsEdit(HgvsEditKind.Conversion, InsertedParts: [part!]);
            return true;
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

        if (!Nucleotides.Contains(Peek(), StringComparison.Ordinal))
        {
            return Fail(HgvsErrorCodes.Edit, "an edit (>, del, ins, dup, inv, delins, con, =, [n] or ?)");
        }

        if (!ReadSequence(out var sequence))
        {
            return false;
        }

        if (Accept('>'))
        {
            if (!Nucleotides.Contains(Peek(), StringComparison.Ordinal))
            {
                return Fail(HgvsErrorCodes.Nucleotide, $"{NucleotideHint} after '>'");
            }

            if (!ReadSequence(out var alternate))
            {
                return false;
            }

            edit = new HgvsEdit(HgvsEditKind.Substitution, sequence, alternate);
            return true;
        }

        if (Accept('='))
        {
            edit = new HgvsEdit(HgvsEditKind.Identity, sequence);
            return true;
        }

        if (Peek() == '[')
        {
            return ReadRepeat(sequence!, out edit);
        }

        return Fail(HgvsErrorCodes.Edit, "'>', '=' or '[' after the nucleotides");
    }

    /// <summary>What may follow del or inv: bases (<c>delAT</c>), a length (<c>del3</c>, <c>del(15)</c>), <c>delN[15]</c>, or nothing.</summary>
    private bool ReadDeleted(out string? deleted, out HgvsCount? length)
    {
        deleted = null;
        length = null;
        if (char.IsAsciiDigit(Peek()) || (Peek() == '(' && char.IsAsciiDigit(Peek(1))))
        {
            return ReadCount(out length);
        }

        if (!ReadOptionalSequence(out deleted))
        {
            return false;
        }

        if (deleted is not null && Accept('['))
        {
            if (!ReadCount(out length))
            {
                return false;
            }

            if (!Accept(']'))
            {
                return Fail(HgvsErrorCodes.Bracket, "']' after the count");
            }
        }

        return true;
    }

    private bool ReadOptionalSequence(out string? sequence)
    {
        sequence = null;
        return !Nucleotides.Contains(Peek(), StringComparison.Ordinal) || Peek() == '\0' || ReadSequence(out sequence);
    }

    private bool ReadSequence(out string? sequence)
    {
        sequence = null;
        var start = _pos;
        while (Peek() != '\0' && Nucleotides.Contains(Peek(), StringComparison.Ordinal))
        {
            var c = char.ToUpperInvariant(Peek());
            if (IsRna && c == 'T')
            {
                return Fail(HgvsErrorCodes.Nucleotide, "an RNA nucleotide (a, c, g, u): T is not used in r. descriptions");
            }

            if (!IsRna && c == 'U')
            {
                return Fail(HgvsErrorCodes.Nucleotide, "a DNA nucleotide (A, C, G, T): U is used only in r. descriptions");
            }

            _pos++;
        }

        if (start == _pos)
        {
            return Fail(HgvsErrorCodes.Nucleotide, NucleotideHint);
        }

        sequence = _text[start.._pos];
        return true;
    }

    /// <summary>Repeat units: <c>CAG[23]</c>, <c>CAG[19]CAA[4]</c>, <c>GT[(9_13)]T[(4_8)]</c>, or a bare <c>[23]</c>.</summary>
    private bool ReadRepeat(string firstUnit, out HgvsEdit? edit)
    {
        edit = null;
        var units = new List<HgvsRepeatUnit>();
        var unit = firstUnit;
        while (true)
        {
            if (!Accept('['))
            {
                return Fail(HgvsErrorCodes.Edit, "'[' and the number of repeat units");
            }

            if (!ReadCount(out var copies))
            {
                return false;
            }

            if (!Accept(']'))
            {
                return Fail(HgvsErrorCodes.Bracket, "']' after the number of repeat units");
            }

            units.Add(new HgvsRepeatUnit(unit, copies!));
            var more = _type == HgvsCoordinateSystem.Protein
                ? HgvsAminoAcids.Match(_text.AsSpan(_pos)) > 0
                : Nucleotides.Contains(Peek(), StringComparison.Ordinal) && Peek() != '\0';
            if (!more)
            {
                break;
            }

            if (_type == HgvsCoordinateSystem.Protein)
            {
                if (!ReadAminoAcids(out var next, "the next repeat unit"))
                {
                    return false;
                }

                unit = next!;
            }
            else
            {
                if (!ReadSequence(out var next))
                {
                    return false;
                }

                unit = next!;
            }
        }

        edit = new HgvsEdit(HgvsEditKind.Repeat, Units: units);
        return true;
    }

    private bool ReadInsert(out List<HgvsInsertPart> parts, out bool bracketed)
    {
        parts = [];
        bracketed = Accept('[');
        do
        {
            if (!ReadInsertPart(out var part))
            {
                return false;
            }

            parts.Add(part!);
        }
        while (bracketed && Accept(';'));

        return !bracketed || Accept(']') || Fail(HgvsErrorCodes.Bracket, "';' or ']' to close the inserted sequence");
    }

    private bool ReadInsertPart(out HgvsInsertPart? part)
    {
        part = null;

        // ins(25): an unspecified sequence of a given length.
        if (Peek() == '(' && char.IsAsciiDigit(Peek(1)) && IsBareCount())
        {
            if (!ReadCount(out var length))
            {
                return false;
            }

            part = new HgvsInsertPart(null, length);
            return true;
        }

        if (LooksLikeAccession())
        {
            return ReadRemotePart(out part);
        }

        if (char.IsAsciiDigit(Peek()) || Peek() is '-' or '*' or '(' or '?')
        {
            if (!ReadLocation(out var range))
            {
                return false;
            }

            part = new HgvsInsertPart(null, Range: range, Inverted: Accept("inv"));
            return true;
        }

        if (_type == HgvsCoordinateSystem.Protein)
        {
            if (!ReadAminoAcids(out var residues, "the inserted amino acids"))
            {
                return false;
            }

            part = new HgvsInsertPart(residues);
            return true;
        }

        if (!Nucleotides.Contains(Peek(), StringComparison.Ordinal) || Peek() == '\0')
        {
            return Fail(HgvsErrorCodes.Nucleotide, $"the inserted sequence ({NucleotideHint}, N[n], a range or [..])");
        }

        if (!ReadSequence(out var sequence))
        {
            return false;
        }

        HgvsCount? count = null;
        if (Accept('['))
        {
            if (!ReadCount(out count))
            {
                return false;
            }

            if (!Accept(']'))
            {
                return Fail(HgvsErrorCodes.Bracket, "']' after the count");
            }
        }

        part = new HgvsInsertPart(sequence, count);
        return true;
    }

    private bool IsBareCount()
    {
        var i = _pos + 1;
        while (i < _text.Length && char.IsAsciiDigit(_text[i]))
        {
            i++;
        }

        return i < _text.Length && _text[i] == ')' && (i + 1 >= _text.Length || _text[i + 1] != '_');
    }

    private bool LooksLikeAccession()
    {
        if (!char.IsAsciiLetter(Peek()))
        {
            return false;
        }

        var i = _pos;
        while (i < _text.Length && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] is '_' or '-' or '.' or '(' or ')'))
        {
            i++;
        }

        return i < _text.Length && _text[i] == ':';
    }

    private bool ReadRemotePart(out HgvsInsertPart? part)
    {
        part = null;
        if (!ReadReference(out var reference))
        {
            return false;
        }

        if (!Accept(':'))
        {
            return Fail(HgvsErrorCodes.Reference, "':' after the reference sequence");
        }

        HgvsCoordinateSystem? type = null;
        var outer = _type;
        if (IsTypeLetter(Peek()) && Peek(1) == '.')
        {
            type = ToType(Peek());
            _pos += 2;
        }

        // Positions on the other reference follow that reference's own rules (a c. range may have offsets).
        _type = type ?? HgvsCoordinateSystem.Genomic;
        var ok = ReadLocation(out var range);
        _type = outer;
        if (!ok)
        {
            return false;
        }

        part = new HgvsInsertPart(null, Range: range, Reference: reference, Type: type, Inverted: Accept("inv"));
        return true;
    }
}

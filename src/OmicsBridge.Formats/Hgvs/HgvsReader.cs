using System.Globalization;

namespace OmicsBridge.Formats.Hgvs;

/// <summary>
/// Recursive-descent reader for one HGVS description. Every rule returns false on failure and records the error
/// found farthest into the text; alternatives that backtrack (a parenthesis may open a predicted description or an
/// uncertain location) keep the farthest error, which is the one that explains the input best.
/// </summary>
internal sealed partial class HgvsReader
{
    private const string Terminators = ")];/";

    private readonly string _text;
    private int _pos;
    private HgvsParseError? _error;
    private HgvsCoordinateSystem _type;

    private HgvsReader(string text) => _text = text;

    public static bool TryRead(string? text, out HgvsVariant? variant, out HgvsParseError? error)
    {
        variant = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = new HgvsParseError(HgvsErrorCodes.Empty, 0, "an HGVS description, found empty text");
            return false;
        }

        var reader = new HgvsReader(text);
        if (reader.ReadVariant(out variant))
        {
            error = null;
            return true;
        }

        variant = null;
        error = reader._error ?? new HgvsParseError(HgvsErrorCodes.Edit, reader._pos, "a valid HGVS description");
        return false;
    }

    private bool AtEnd => _pos >= _text.Length;

    private char Peek(int ahead = 0) => _pos + ahead < _text.Length ? _text[_pos + ahead] : '\0';

    private bool Accept(char c)
    {
        if (Peek() != c)
        {
            return false;
        }

        _pos++;
        return true;
    }

    private bool Accept(string token)
    {
        if (!LookingAt(token))
        {
            return false;
        }

        _pos += token.Length;
        return true;
    }

    private bool LookingAt(string token) =>
        _pos + token.Length <= _text.Length && string.CompareOrdinal(_text, _pos, token, 0, token.Length) == 0;

    private bool Fail(string code, string expected) => Fail(code, expected, _pos);

    private bool Fail(string code, string expected, int at)
    {
        if (_error is null || at >= _error.Position)
        {
            _error = new HgvsParseError(code, at, expected);
        }

        return false;
    }

    /// <summary>The current character ends a description part (end, ')', ']', ';', '/', or "(;)").</summary>
    private bool AtPartEnd(int ahead = 0)
    {
        var c = Peek(ahead);
        return c == '\0' || Terminators.Contains(c, StringComparison.Ordinal)
            || (c == '(' && Peek(ahead + 1) == ';' && Peek(ahead + 2) == ')');
    }

    private bool ReadVariant(out HgvsVariant? variant)
    {
        variant = null;
        HgvsReference? reference = null;
        if (char.IsAsciiLetterLower(Peek()) && Peek(1) == '.' && !IsTypeLetter(Peek()))
        {
            return Fail(HgvsErrorCodes.Type, "a coordinate type prefix (g., o., m., c., n., r. or p.)");
        }

        if (Peek() != '[' && !(IsTypeLetter(Peek()) && Peek(1) == '.'))
        {
            if (!ReadReference(out reference))
            {
                return false;
            }

            if (!Accept(':'))
            {
                return Fail(HgvsErrorCodes.Reference, "':' after the reference sequence");
            }
        }

        var typeInside = Peek() == '[' && IsTypeLetter(Peek(1)) && Peek(2) == '.';
        if (!typeInside)
        {
            if (!ReadType(out _type) || !ReadAlleles(typeInside: false, out var alleles, out var phases))
            {
                return false;
            }

            variant = new HgvsVariant(reference, _type, alleles, phases);
        }
        else
        {
            _type = ToType(Peek(1));
            if (!ReadAlleles(typeInside: true, out var alleles, out var phases))
            {
                return false;
            }

            variant = new HgvsVariant(reference, _type, alleles, phases, TypeInsideBrackets: true);
        }

        return AtEnd || Fail(HgvsErrorCodes.Trailing, $"the end of the description, found '{_text[_pos]}'");
    }

    private bool ReadReference(out HgvsReference? reference)
    {
        reference = null;
        var start = _pos;
        if (!char.IsAsciiLetter(Peek()))
        {
            return Fail(HgvsErrorCodes.Reference,
                "a reference sequence (e.g. NM_004006.2) followed by ':', or a type prefix (c., g., p. ...)");
        }

        if (!ReadIdentifier())
        {
            return false;
        }

        var accession = _text[start.._pos];
        string? detail = null;
        if (Accept('('))
        {
            var detailStart = _pos;
            if (!char.IsAsciiLetter(Peek()))
            {
                return Fail(HgvsErrorCodes.Reference, "a transcript accession or gene symbol inside '( )'");
            }

            if (!ReadIdentifier())
            {
                return false;
            }

            detail = _text[detailStart.._pos];
            if (!Accept(')'))
            {
                return Fail(HgvsErrorCodes.Bracket, "')' after the gene symbol or transcript");
            }
        }

        reference = new HgvsReference(accession, detail);
        return true;
    }

    // Accession (or gene symbol): a letter, then letters, digits, '_' or '-', then an optional ".version".
    private bool ReadIdentifier()
    {
        _pos++;
        while (char.IsAsciiLetterOrDigit(Peek()) || ((Peek() is '_' or '-') && char.IsAsciiLetterOrDigit(Peek(1))))
        {
            _pos++;
        }

        if (Peek() == '.' && !(IsTypeLetter(Peek(1)) && Peek(2) == '.'))
        {
            _pos++;
            if (!char.IsAsciiDigit(Peek()))
            {
                return Fail(HgvsErrorCodes.Reference, "a version number after '.' in the accession");
            }

            while (char.IsAsciiDigit(Peek()))
            {
                _pos++;
            }
        }

        return true;
    }

    private static bool IsTypeLetter(char c) => c is 'g' or 'o' or 'm' or 'c' or 'n' or 'r' or 'p';

    private static HgvsCoordinateSystem ToType(char c) => c switch
    {
        'g' => HgvsCoordinateSystem.Genomic,
        'o' => HgvsCoordinateSystem.Circular,
        'm' => HgvsCoordinateSystem.Mitochondrial,
        'c' => HgvsCoordinateSystem.Coding,
        'n' => HgvsCoordinateSystem.NonCoding,
        'r' => HgvsCoordinateSystem.Rna,
        _ => HgvsCoordinateSystem.Protein,
    };

    private bool ReadType(out HgvsCoordinateSystem type)
    {
        type = default;
        if (!IsTypeLetter(Peek()) || Peek(1) != '.')
        {
            return Fail(HgvsErrorCodes.Type, "a coordinate type prefix (g., o., m., c., n., r. or p.)");
        }

        type = ToType(Peek());
        _pos += 2;
        return true;
    }

    private bool ReadAlleles(bool typeInside, out List<HgvsAllele> alleles, out List<HgvsPhase> phases)
    {
        alleles = [];
        phases = [];
        while (true)
        {
            if (Accept('['))
            {
                var changes = new List<HgvsChange>();
                do
                {
                    if (typeInside && !ReadSameType())
                    {
                        return false;
                    }

                    if (!ReadChange(out var change))
                    {
                        return false;
                    }

                    changes.Add(change!);
                }
                while (Accept(';'));

                if (!Accept(']'))
                {
                    return Fail(HgvsErrorCodes.Bracket, "';' or ']' to close the allele");
                }

                alleles.Add(new HgvsAllele(changes, Bracketed: true));
            }
            else
            {
                if (typeInside)
                {
                    return Fail(HgvsErrorCodes.Bracket, "'[' to open the next allele");
                }

                if (!ReadChange(out var change))
                {
                    return false;
                }

                alleles.Add(new HgvsAllele([change!], Bracketed: false));
            }

            if (Accept("(;)"))
            {
                phases.Add(HgvsPhase.Unknown);
            }
            else if (Peek() == ';' && Peek(1) == '[' && alleles[^1].Bracketed)
            {
                _pos++;
                phases.Add(HgvsPhase.Trans);
            }
            else
            {
                return true;
            }
        }
    }

    private bool ReadSameType()
    {
        var at = _pos;
        if (!ReadType(out var type))
        {
            return false;
        }

        return type == _type
            || Fail(HgvsErrorCodes.MixedTypes, $"the same coordinate type as the first variant ({_text[at]}. differs)", at);
    }

    private bool ReadChange(out HgvsChange? change)
    {
        change = null;
        var parts = new List<HgvsPosEdit>();
        var mixture = HgvsMixture.None;
        if (!ReadPosEdit(locationOptional: false, out var first))
        {
            return false;
        }

        parts.Add(first!);
        while (Peek() == '/')
        {
            var separator = Peek(1) == '/' ? HgvsMixture.Chimeric : HgvsMixture.Mosaic;
            if (mixture != HgvsMixture.None && mixture != separator)
            {
                return Fail(HgvsErrorCodes.Edit, "the same mosaic ('/') or chimeric ('//') separator throughout");
            }

            mixture = separator;
            _pos += separator == HgvsMixture.Chimeric ? 2 : 1;
            if (!ReadPosEdit(locationOptional: true, out var next))
            {
                return false;
            }

            parts.Add(next!);
        }

        change = new HgvsChange(parts, mixture);
        return true;
    }

    private bool ReadPosEdit(bool locationOptional, out HgvsPosEdit? posEdit)
    {
        var start = _pos;
        if (Peek() == '(' && !AtPartEnd())
        {
            // "(" opens either a predicted description, p.(Arg97Cys), or an uncertain location, c.(123_125)_(130_132)del.
            _pos++;
            if (ReadPosEditCore(locationOptional, out posEdit))
            {
                if (Accept(')'))
                {
                    posEdit = posEdit! with { Predicted = true };
                    return true;
                }

                Fail(HgvsErrorCodes.Bracket, "')' to close the predicted description");
            }

            _pos = start;
        }

        return ReadPosEditCore(locationOptional, out posEdit);
    }

    private bool ReadPosEditCore(bool locationOptional, out HgvsPosEdit? posEdit)
    {
        posEdit = null;
        if (Peek() == '=' && AtPartEnd(1))
        {
            _pos++;
            posEdit = new HgvsPosEdit(null, new HgvsEdit(HgvsEditKind.Identity));
            return true;
        }

        if (Peek() == '?' && AtPartEnd(1))
        {
            _pos++;
            posEdit = new HgvsPosEdit(null, new HgvsEdit(HgvsEditKind.Unknown));
            return true;
        }

        if (Peek() == '0' && (AtPartEnd(1) || (Peek(1) == '?' && AtPartEnd(2))))
        {
            _pos++;
            posEdit = new HgvsPosEdit(null, new HgvsEdit(HgvsEditKind.NoProduct, Uncertain: Accept('?')));
            return true;
        }

        if (_type == HgvsCoordinateSystem.Rna && LookingAt("spl") && AtPartEnd(3))
        {
            _pos += 3;
            posEdit = new HgvsPosEdit(null, new HgvsEdit(HgvsEditKind.Splicing));
            return true;
        }

        HgvsLocation? location = null;
        if (!locationOptional || StartsLocation())
        {
            if (!ReadLocation(out location))
            {
                return false;
            }
        }

        HgvsEdit? edit;
        var ok = _type == HgvsCoordinateSystem.Protein ? ReadProteinEdit(out edit) : ReadNucleotideEdit(out edit);
        if (!ok)
        {
            return false;
        }

        posEdit = new HgvsPosEdit(location, edit!);
        return true;
    }

    private bool StartsLocation()
    {
        var c = Peek();
        return _type == HgvsCoordinateSystem.Protein
            ? HgvsAminoAcids.Match(_text.AsSpan(_pos)) > 0 && (char.IsAsciiDigit(Peek(1)) || char.IsAsciiDigit(Peek(3)))
            : char.IsAsciiDigit(c) || c is '-' or '*' or '?' or '(';
    }

    private bool ReadLocation(out HgvsLocation? location)
    {
        location = null;
        if (!ReadBound(out var start))
        {
            return false;
        }

        HgvsBound? end = null;
        if (Accept('_') && !ReadBound(out end))
        {
            return false;
        }

        location = new HgvsLocation(start!, end);
        return true;
    }

    private bool ReadBound(out HgvsBound? bound)
    {
        bound = null;
        if (!Accept('('))
        {
            if (!ReadPosition(out var single))
            {
                return false;
            }

            bound = new HgvsBound(single!);
            return true;
        }

        if (!ReadPosition(out var low))
        {
            return false;
        }

        if (!Accept('_'))
        {
            return Fail(HgvsErrorCodes.Position, "'_' inside an uncertain range such as (123_125)");
        }

        if (!ReadPosition(out var high))
        {
            return false;
        }

        if (!Accept(')'))
        {
            return Fail(HgvsErrorCodes.Bracket, "')' to close the uncertain range");
        }

        bound = new HgvsBound(low!, high);
        return true;
    }

    private bool ReadPosition(out HgvsPosition? position)
    {
        position = null;
        var afterRange = _pos > 0 && _text[_pos - 1] == '_';
        if (_type == HgvsCoordinateSystem.Protein)
        {
            return ReadProteinPosition(out position);
        }

        if (Accept('?'))
        {
            position = new HgvsPosition(null);
            return true;
        }

        var fromEnd = false;
        var sign = 1L;
        var markAt = _pos;
        if (Accept('*'))
        {
            fromEnd = true;
        }
        else if (Accept('-'))
        {
            sign = -1;
        }

        if ((fromEnd || sign < 0) && !AllowsTranscriptPositions(fromEnd))
        {
            return Fail(HgvsErrorCodes.PositionForm,
                $"a plain position number: '{_text[markAt]}' positions are not used in {TypeName()}", markAt);
        }

        if (!char.IsAsciiDigit(Peek()))
        {
            return Fail(HgvsErrorCodes.Position, fromEnd || sign < 0
                ? $"a position number after '{_text[markAt]}'"
                : afterRange ? "a position after '_'" : "a position (a number, -N, *N or ?)");
        }

        if (!ReadNumber(out var number))
        {
            return false;
        }

        HgvsOffset? offset = null;
        if ((Peek() is '+' or '-') && (char.IsAsciiDigit(Peek(1)) || Peek(1) == '?'))
        {
            if (!AllowsTranscriptPositions(fromEnd: false))
            {
                return Fail(HgvsErrorCodes.PositionForm, $"a plain position number: offsets are not used in {TypeName()}");
            }

            var offsetSign = Peek() == '+' ? 1 : -1;
            _pos++;
            long? distance = null;
            if (!Accept('?'))
            {
                if (!ReadNumber(out var value))
                {
                    return false;
                }

                distance = value;
            }

            offset = new HgvsOffset(offsetSign, distance);
        }

        position = new HgvsPosition(sign * number, fromEnd, offset);
        return true;
    }

    private bool AllowsTranscriptPositions(bool fromEnd) => _type switch
    {
        HgvsCoordinateSystem.Coding or HgvsCoordinateSystem.Rna => true,
        HgvsCoordinateSystem.NonCoding => !fromEnd,
        _ => false,
    };

    private string TypeName() => _type switch
    {
        HgvsCoordinateSystem.Genomic => "g. descriptions",
        HgvsCoordinateSystem.Circular => "o. descriptions",
        HgvsCoordinateSystem.Mitochondrial => "m. descriptions",
        HgvsCoordinateSystem.NonCoding => "n. descriptions",
        _ => "this description",
    };

    private bool ReadProteinPosition(out HgvsPosition? position)
    {
        position = null;
        var length = HgvsAminoAcids.Match(_text.AsSpan(_pos));
        if (length == 0)
        {
            return Fail(HgvsErrorCodes.AminoAcid, "an amino acid and position (e.g. Trp24 or W24)");
        }

        var aminoAcid = _text.Substring(_pos, length);
        _pos += length;
        if (!char.IsAsciiDigit(Peek()))
        {
            return Fail(HgvsErrorCodes.Position, $"the residue number after '{aminoAcid}'");
        }

        if (!ReadNumber(out var number))
        {
            return false;
        }

        position = new HgvsPosition(number, AminoAcid: aminoAcid);
        return true;
    }

    private bool ReadNumber(out long value)
    {
        var start = _pos;
        while (char.IsAsciiDigit(Peek()))
        {
            _pos++;
        }

        if (start == _pos)
        {
            value = 0;
            return Fail(HgvsErrorCodes.Number, "a number");
        }

        return long.TryParse(_text.AsSpan(start, _pos - start), NumberStyles.None, CultureInfo.InvariantCulture, out value)
            || Fail(HgvsErrorCodes.Overflow, "a number small enough to be a sequence position", start);
    }

    /// <summary>A count: <c>23</c>, <c>?</c>, <c>(15)</c>, <c>(50_60)</c>, <c>(60_?)</c>.</summary>
    private bool ReadCount(out HgvsCount? count)
    {
        count = null;
        if (Accept('?'))
        {
            count = HgvsCount.Unknown;
            return true;
        }

        if (char.IsAsciiDigit(Peek()))
        {
            if (!ReadNumber(out var exact))
            {
                return false;
            }

            count = HgvsCount.Exactly(exact);
            return true;
        }

        if (!Accept('('))
        {
            return Fail(HgvsErrorCodes.Number, "a number, '?' or a range such as (50_60)");
        }

        if (!ReadCountPart(out var min))
        {
            return false;
        }

        var max = min;
        if (Accept('_') && !ReadCountPart(out max))
        {
            return false;
        }

        if (!Accept(')'))
        {
            return Fail(HgvsErrorCodes.Bracket, "')' to close the range");
        }

        count = new HgvsCount(min, max, IsRange: true);
        return true;
    }

    private bool ReadCountPart(out long? value)
    {
        value = null;
        if (Accept('?'))
        {
            return true;
        }

        if (!ReadNumber(out var number))
        {
            return false;
        }

        value = number;
        return true;
    }
}

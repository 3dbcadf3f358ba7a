namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>How an OBX-5 value was decoded, chosen by OBX-2.</summary>
public enum Hl7v2ObservationValueKind
{
    /// <summary>NM: <see cref="Hl7v2ObservationValue.Number"/>.</summary>
    Number,

    /// <summary>SN: <see cref="Hl7v2ObservationValue.StructuredNumber"/>.</summary>
    StructuredNumber,

    /// <summary>ST, TX, FT: <see cref="Hl7v2ObservationValue.Text"/> (FT line breaks become line feeds).</summary>
    Text,

    /// <summary>CE, CWE, CNE, CF: <see cref="Hl7v2ObservationValue.Coded"/>.</summary>
    Coded,

    /// <summary>DT, TS, DTM: <see cref="Hl7v2ObservationValue.DateTime"/>.</summary>
    DateTime,

    /// <summary>Any other HL7 table 0125 type (ED, RP, TM, CX, XPN…): kept as raw text in <see cref="Hl7v2ObservationValue.Text"/>.</summary>
    Other,
}

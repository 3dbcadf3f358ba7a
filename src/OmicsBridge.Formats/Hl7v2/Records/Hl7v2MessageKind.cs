namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>What the extractor made of a message, from MSH-9.</summary>
public enum Hl7v2MessageKind
{
    /// <summary>ADT admit/register/update (A01, A04, A08, A28, A31 and the other visit events): patient and encounter.</summary>
    PatientAdministration,

    /// <summary>ADT A34/A35/A39/A40: merge records.</summary>
    Merge,

    /// <summary>ORU^R01, OUL^R22: reports with observations.</summary>
    ObservationResult,

    /// <summary>ORM^O01, OML^O21: orders.</summary>
    Order,

    /// <summary>RDE^O11: medication orders.</summary>
    MedicationOrder,

    /// <summary>A message type we do not extract; it is read and kept, with an HL7020 warning.</summary>
    Generic,
}

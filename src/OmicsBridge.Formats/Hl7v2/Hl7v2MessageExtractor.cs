using OmicsBridge.Formats.Hl7v2.Records;

namespace OmicsBridge.Formats.Hl7v2;

/// <summary>
/// Turns a read <see cref="Hl7v2Message"/> into format-level records (patients, encounters, merges, reports with
/// observations, orders, medication orders), or into a rejection whose issues name segment and field.
/// </summary>
/// <remarks>
/// Supported: ADT A01–A08, A11–A13, A28, A31 (patient + encounter); ADT A34, A35, A39, A40 (merge); ORU^R01 and
/// OUL^R21–R24 (reports); ORM^O01, OML^O21/O33/O35 (orders); RDE^O11/O25 (medication orders). Any other type is
/// kept generic with an HL7020 warning. Messages are independent: one rejection never affects the next message.
/// </remarks>
public static class Hl7v2MessageExtractor
{
    /// <summary>Extracts one message.</summary>
    public static Hl7v2ExtractionResult Extract(Hl7v2Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new Hl7v2Extraction(message).Run();
    }

    /// <summary>Reads and extracts every message of <paramref name="reader"/>, one at a time.</summary>
    public static IEnumerable<Hl7v2ExtractionResult> ExtractAll(Hl7v2Reader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        foreach (var message in reader.ReadMessages())
        {
            yield return Extract(message);
        }
    }
}

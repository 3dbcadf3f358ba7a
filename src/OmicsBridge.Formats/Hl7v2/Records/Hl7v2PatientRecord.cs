namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>
/// A patient as sent in one PID segment. <see cref="Identifiers"/> are the PID-3 repetitions, each with its
/// assigning authority and type code; <see cref="Sex"/> is PID-8 as sent (HL7 table 0001: F, M, O, U, A, N, X).
/// <c>Line</c> is the PID line; <c>DeathTime</c> is PID-29 and <c>Deceased</c> PID-30 (true for Y, false for N, null when not sent).
/// </summary>
public sealed record Hl7v2PatientRecord(
    long Line,
    IReadOnlyList<Hl7v2ExtendedId> Identifiers,
    IReadOnlyList<Hl7v2PersonName> Names,
    Hl7v2DateTime? BirthDate,
    string? Sex,
    IReadOnlyList<Hl7v2Address> Addresses,
    IReadOnlyList<Hl7v2Telecom> Telecoms,
    Hl7v2DateTime? DeathTime,
    bool? Deceased);

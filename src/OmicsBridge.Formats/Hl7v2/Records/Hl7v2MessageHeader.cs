namespace OmicsBridge.Formats.Hl7v2.Records;

/// <summary>The MSH fields that identify a message: who sent it, what it is, its control id and version.</summary>
public sealed record Hl7v2MessageHeader(
    Hl7v2HierarchicDesignator? SendingApplication,
    Hl7v2HierarchicDesignator? SendingFacility,
    Hl7v2HierarchicDesignator? ReceivingApplication,
    Hl7v2HierarchicDesignator? ReceivingFacility,
    Hl7v2DateTime? MessageTime,
    string MessageCode,
    string? TriggerEvent,
    string? MessageStructure,
    string? ControlId,
    string? ProcessingId,
    string? Version);

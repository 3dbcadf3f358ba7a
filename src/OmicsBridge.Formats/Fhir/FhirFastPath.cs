using System.Collections.Frozen;
using System.Text.Json;
using Hl7.Fhir.Introspection;
using R4 = Hl7.Fhir.Model;

namespace OmicsBridge.Formats.Fhir;

/// <summary>
/// A hand-written <see cref="Utf8JsonReader"/> reader for the hot resource types of bulk exports (Patient, Observation,
/// Condition, MedicationRequest, Encounter). It fills Firely POCOs with exactly the elements
/// <see cref="FhirRecordMapper"/> reads, so both paths share one mapper and yield the same records.
/// </summary>
/// <remarks>
/// Firely's general deserializer is reflection-driven and validating; it runs at a few thousand resources/s, an order
/// of magnitude below a raw JSON parse. This path skips elements the mapper does not read without looking inside them,
/// so it does not report Firely's FHIR007 findings within them. Anything it is not sure of (an unknown top-level
/// element, a choice type it does not handle, contained resources, a token of an unexpected kind, invalid JSON) makes
/// <see cref="TryRead"/> return false and the caller uses Firely, which reports the problem properly.
/// </remarks>
internal static class FhirFastPath
{
    private static readonly FrozenSet<string> s_hotTypes =
        new[] { "Patient", "Observation", "Condition", "MedicationRequest", "Encounter" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, ClassMapping> s_mappings = new Dictionary<string, ClassMapping>
    {
        ["Patient"] = Mapping(typeof(R4.Patient)),
        ["Observation"] = Mapping(typeof(R4.Observation)),
        ["Condition"] = Mapping(typeof(R4.Condition)),
        ["MedicationRequest"] = Mapping(typeof(R4.MedicationRequest)),
        ["Encounter"] = Mapping(typeof(R4.Encounter)),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Firely's element lookup is ~0.2 µs; the answer per (type, name) never changes, and real exports use few names.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Type, string Name), bool> s_knownElements = new();

    /// <summary>Reads <paramref name="json"/> into a POCO when it is a hot type the fast path fully understands.</summary>
    public static bool TryRead(ReadOnlySpan<byte> json, out R4.Resource? resource)
    {
        resource = null;
        try
        {
            var reader = new Utf8JsonReader(json);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject || !reader.Read()
                || reader.TokenType != JsonTokenType.PropertyName || !reader.ValueTextEquals("resourceType"u8))
            {
                return false;
            }

            reader.Read();
            var type = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            if (type is null || !s_hotTypes.Contains(type))
            {
                return false;
            }

            resource = type switch
            {
                "Patient" => ReadPatient(ref reader),
                "Observation" => ReadObservation(ref reader),
                "Condition" => ReadCondition(ref reader),
                "MedicationRequest" => ReadMedicationRequest(ref reader),
                _ => ReadEncounter(ref reader),
            };
            return resource is not null && !reader.Read();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException or OverflowException or UnsupportedException)
        {
            resource = null;
            return false;
        }
    }

    private static ClassMapping Mapping(Type type)
        => R4.ModelInfo.ModelInspector.FindOrImportClassMapping(type)
           ?? throw new InvalidOperationException($"Firely has no class mapping for {type.Name}.");

    /// <summary>Skips a top-level element the mapper does not read, after checking it is a real element of the type.</summary>
    private static void SkipTopLevel(ref Utf8JsonReader reader, string resourceType, string name)
    {
        var element = name.StartsWith('_') ? name[1..] : name;
        var known = s_knownElements.GetOrAdd((resourceType, element), static key =>
        {
            var mapping = s_mappings[key.Type];
            return mapping.FindMappedElementByName(key.Name) is not null || mapping.FindMappedElementByChoiceName(key.Name) is not null;
        });
        if (!known)
        {
            throw new UnsupportedException();
        }

        if (element == "contained")
        {
            // Contained resources can be what a reference points at; Firely handles them.
            throw new UnsupportedException();
        }

        reader.Skip();
    }

    private static R4.Patient ReadPatient(ref Utf8JsonReader reader)
    {
        var patient = new R4.Patient();
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id": patient.Id = String(ref reader); break;
                case "identifier": patient.Identifier = Array(ref reader, ReadIdentifier); break;
                case "gender": patient.GenderElement = new R4.Code<R4.AdministrativeGender> { JsonValue = String(ref reader) }; break;
                case "birthDate": patient.BirthDate = String(ref reader); break;
                case "deceasedBoolean": patient.Deceased = new R4.FhirBoolean(Boolean(ref reader)); break;
                case "deceasedDateTime": patient.Deceased = new R4.FhirDateTime { Value = String(ref reader) }; break;
                case "name": patient.Name = Array(ref reader, ReadHumanName); break;
                case "address": patient.Address = Array(ref reader, ReadAddress); break;
                case "telecom": patient.Telecom = Array(ref reader, ReadContactPoint); break;
                default: SkipTopLevel(ref reader, "Patient", name); break;
            }
        }

        return patient;
    }

    private static R4.Observation ReadObservation(ref Utf8JsonReader reader)
    {
        var observation = new R4.Observation();
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id": observation.Id = String(ref reader); break;
                case "meta": observation.Meta = ReadMeta(ref reader); break;
                case "status": observation.StatusElement = new R4.Code<R4.ObservationStatus> { JsonValue = String(ref reader) }; break;
                case "category": observation.Category = Array(ref reader, ReadConcept); break;
                case "code": observation.Code = ReadConcept(ref reader); break;
                case "subject": observation.Subject = ReadReference(ref reader); break;
                case "encounter": observation.Encounter = ReadReference(ref reader); break;
                case "specimen": observation.Specimen = ReadReference(ref reader); break;
                case "hasMember": observation.HasMember = Array(ref reader, ReadReference); break;
                case "derivedFrom": observation.DerivedFrom = Array(ref reader, ReadReference); break;
                case "issued": observation.IssuedElement = new R4.Instant { JsonValue = String(ref reader) }; break;
                case "dataAbsentReason": observation.DataAbsentReason = ReadConcept(ref reader); break;
                case "interpretation": observation.Interpretation = Array(ref reader, ReadConcept); break;
                case "referenceRange": observation.ReferenceRange = Array(ref reader, ReadReferenceRange); break;
                case "component": observation.Component = Array(ref reader, ReadComponent); break;
                default:
                    if (name.StartsWith("effective", StringComparison.Ordinal))
                    {
                        observation.Effective = ReadTime(ref reader, name["effective".Length..]);
                    }
                    else if (name.StartsWith("value", StringComparison.Ordinal))
                    {
                        observation.Value = ReadValue(ref reader, name["value".Length..]);
                    }
                    else
                    {
                        SkipTopLevel(ref reader, "Observation", name);
                    }

                    break;
            }
        }

        return observation;
    }

    private static R4.Condition ReadCondition(ref Utf8JsonReader reader)
    {
        var condition = new R4.Condition();
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id": condition.Id = String(ref reader); break;
                case "clinicalStatus": condition.ClinicalStatus = ReadConcept(ref reader); break;
                case "verificationStatus": condition.VerificationStatus = ReadConcept(ref reader); break;
                case "category": condition.Category = Array(ref reader, ReadConcept); break;
                case "code": condition.Code = ReadConcept(ref reader); break;
                case "bodySite": condition.BodySite = Array(ref reader, ReadConcept); break;
                case "subject": condition.Subject = ReadReference(ref reader); break;
                case "encounter": condition.Encounter = ReadReference(ref reader); break;
                case "recordedDate": condition.RecordedDate = String(ref reader); break;
                default:
                    if (name.StartsWith("onset", StringComparison.Ordinal))
                    {
                        condition.Onset = ReadTime(ref reader, name["onset".Length..]);
                    }
                    else if (name.StartsWith("abatement", StringComparison.Ordinal))
                    {
                        condition.Abatement = ReadTime(ref reader, name["abatement".Length..]);
                    }
                    else
                    {
                        SkipTopLevel(ref reader, "Condition", name);
                    }

                    break;
            }
        }

        return condition;
    }

    private static R4.MedicationRequest ReadMedicationRequest(ref Utf8JsonReader reader)
    {
        var request = new R4.MedicationRequest();
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id": request.Id = String(ref reader); break;
                case "status": request.StatusElement = new R4.Code<R4.MedicationRequest.MedicationrequestStatus> { JsonValue = String(ref reader) }; break;
                case "medicationCodeableConcept": request.Medication = ReadConcept(ref reader); break;
                case "medicationReference":
                    var medication = ReadReference(ref reader);
                    if (medication.Reference?.StartsWith('#') == true)
                    {
                        throw new UnsupportedException();
                    }

                    request.Medication = medication;
                    break;
                case "subject": request.Subject = ReadReference(ref reader); break;
                case "encounter": request.Encounter = ReadReference(ref reader); break;
                case "authoredOn": request.AuthoredOn = String(ref reader); break;
                case "dosageInstruction": request.DosageInstruction = Array(ref reader, ReadDosage); break;
                case "dispenseRequest": request.DispenseRequest = ReadDispenseRequest(ref reader); break;
                default: SkipTopLevel(ref reader, "MedicationRequest", name); break;
            }
        }

        return request;
    }

    private static R4.Encounter ReadEncounter(ref Utf8JsonReader reader)
    {
        var encounter = new R4.Encounter();
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "id": encounter.Id = String(ref reader); break;
                case "status": encounter.StatusElement = new R4.Code<R4.Encounter.EncounterStatus> { JsonValue = String(ref reader) }; break;
                case "class": encounter.Class = ReadCoding(ref reader); break;
                case "type": encounter.Type = Array(ref reader, ReadConcept); break;
                case "reasonCode": encounter.ReasonCode = Array(ref reader, ReadConcept); break;
                case "subject": encounter.Subject = ReadReference(ref reader); break;
                case "period": encounter.Period = ReadPeriod(ref reader); break;
                default: SkipTopLevel(ref reader, "Encounter", name); break;
            }
        }

        return encounter;
    }

    // ---- data types: each reads the elements the mapper uses and skips the rest ----
    private delegate T ElementReader<out T>(ref Utf8JsonReader reader);

    private static List<T> Array<T>(ref Utf8JsonReader reader, ElementReader<T> read)
    {
        reader.Read();
        Expect(ref reader, JsonTokenType.StartArray);
        var list = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(read(ref reader));
        }

        return list;
    }

    private static List<string?> StringArray(ref Utf8JsonReader reader)
    {
        reader.Read();
        Expect(ref reader, JsonTokenType.StartArray);
        var list = new List<string?>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            list.Add(reader.TokenType == JsonTokenType.Null ? null : StringValue(ref reader));
        }

        return list;
    }

    private static R4.Meta ReadMeta(ref Utf8JsonReader reader)
    {
        var meta = new R4.Meta();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            if (name == "profile")
            {
                meta.Profile = StringArray(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return meta;
    }

    private static R4.Coding ReadCoding(ref Utf8JsonReader reader)
    {
        var coding = new R4.Coding();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "system": coding.System = String(ref reader); break;
                case "code": coding.Code = String(ref reader); break;
                case "display": coding.Display = String(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return coding;
    }

    private static R4.CodeableConcept ReadConcept(ref Utf8JsonReader reader)
    {
        var concept = new R4.CodeableConcept();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "coding": concept.Coding = Array(ref reader, ReadCoding); break;
                case "text": concept.Text = String(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return concept;
    }

    private static R4.ResourceReference ReadReference(ref Utf8JsonReader reader)
    {
        var reference = new R4.ResourceReference();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "reference": reference.Reference = String(ref reader); break;
                case "type": reference.Type = String(ref reader); break;
                case "display": reference.Display = String(ref reader); break;
                case "identifier": reference.Identifier = ReadIdentifier(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return reference;
    }

    private static R4.Identifier ReadIdentifier(ref Utf8JsonReader reader)
    {
        var identifier = new R4.Identifier();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "system": identifier.System = String(ref reader); break;
                case "value": identifier.Value = String(ref reader); break;
                case "type": identifier.Type = ReadConcept(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return identifier;
    }

    private static R4.HumanName ReadHumanName(ref Utf8JsonReader reader)
    {
        var name = new R4.HumanName();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var property))
        {
            switch (property)
            {
                case "use": name.UseElement = new R4.Code<R4.HumanName.NameUse> { JsonValue = String(ref reader) }; break;
                case "family": name.Family = String(ref reader); break;
                case "given": name.Given = StringArray(ref reader); break;
                case "text": name.Text = String(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return name;
    }

    private static R4.Address ReadAddress(ref Utf8JsonReader reader)
    {
        var address = new R4.Address();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "use": address.UseElement = new R4.Code<R4.Address.AddressUse> { JsonValue = String(ref reader) }; break;
                case "line": address.Line = StringArray(ref reader); break;
                case "city": address.City = String(ref reader); break;
                case "district": address.District = String(ref reader); break;
                case "state": address.State = String(ref reader); break;
                case "postalCode": address.PostalCode = String(ref reader); break;
                case "country": address.Country = String(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return address;
    }

    private static R4.ContactPoint ReadContactPoint(ref Utf8JsonReader reader)
    {
        var contact = new R4.ContactPoint();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "system": contact.SystemElement = new R4.Code<R4.ContactPoint.ContactPointSystem> { JsonValue = String(ref reader) }; break;
                case "value": contact.Value = String(ref reader); break;
                case "use": contact.UseElement = new R4.Code<R4.ContactPoint.ContactPointUse> { JsonValue = String(ref reader) }; break;
                default: reader.Skip(); break;
            }
        }

        return contact;
    }

    private static T ReadQuantity<T>(ref Utf8JsonReader reader)
        where T : R4.Quantity, new()
    {
        var quantity = new T();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "value": reader.Read(); quantity.Value = reader.GetDecimal(); break;
                case "comparator": quantity.ComparatorElement = new R4.Code<R4.Quantity.QuantityComparator> { JsonValue = String(ref reader) }; break;
                case "unit": quantity.Unit = String(ref reader); break;
                case "system": quantity.System = String(ref reader); break;
                case "code": quantity.Code = String(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return quantity;
    }

    private static R4.Range ReadRange(ref Utf8JsonReader reader)
    {
        var range = new R4.Range();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "low": range.Low = ReadQuantity<R4.Quantity>(ref reader); break;
                case "high": range.High = ReadQuantity<R4.Quantity>(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return range;
    }

    private static R4.Period ReadPeriod(ref Utf8JsonReader reader)
    {
        var period = new R4.Period();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "start": period.Start = String(ref reader); break;
                case "end": period.End = String(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return period;
    }

    private static R4.Observation.ReferenceRangeComponent ReadReferenceRange(ref Utf8JsonReader reader)
    {
        var range = new R4.Observation.ReferenceRangeComponent();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "low": range.Low = ReadQuantity<R4.Quantity>(ref reader); break;
                case "high": range.High = ReadQuantity<R4.Quantity>(ref reader); break;
                case "type": range.Type = ReadConcept(ref reader); break;
                case "text": range.Text = String(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return range;
    }

    private static R4.Observation.ComponentComponent ReadComponent(ref Utf8JsonReader reader)
    {
        var component = new R4.Observation.ComponentComponent();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "code": component.Code = ReadConcept(ref reader); break;
                case "interpretation": component.Interpretation = Array(ref reader, ReadConcept); break;
                case "referenceRange": component.ReferenceRange = Array(ref reader, ReadReferenceRange); break;
                default:
                    if (name.StartsWith("value", StringComparison.Ordinal))
                    {
                        component.Value = ReadValue(ref reader, name["value".Length..]);
                    }
                    else
                    {
                        reader.Skip();
                    }

                    break;
            }
        }

        return component;
    }

    private static R4.Dosage ReadDosage(ref Utf8JsonReader reader)
    {
        var dosage = new R4.Dosage();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "text": dosage.Text = String(ref reader); break;
                case "route": dosage.Route = ReadConcept(ref reader); break;
                case "doseAndRate": dosage.DoseAndRate = Array(ref reader, ReadDoseAndRate); break;
                default: reader.Skip(); break;
            }
        }

        return dosage;
    }

    private static R4.Dosage.DoseAndRateComponent ReadDoseAndRate(ref Utf8JsonReader reader)
    {
        var doseAndRate = new R4.Dosage.DoseAndRateComponent();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            switch (name)
            {
                case "doseQuantity": doseAndRate.Dose = ReadQuantity<R4.Quantity>(ref reader); break;
                case "doseRange": doseAndRate.Dose = ReadRange(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return doseAndRate;
    }

    private static R4.MedicationRequest.DispenseRequestComponent ReadDispenseRequest(ref Utf8JsonReader reader)
    {
        var dispense = new R4.MedicationRequest.DispenseRequestComponent();
        BeginObject(ref reader);
        while (NextProperty(ref reader, out var name))
        {
            if (name == "validityPeriod")
            {
                dispense.ValidityPeriod = ReadPeriod(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return dispense;
    }

    /// <summary>A <c>value[x]</c> of the types the mapper handles; others go to Firely.</summary>
    private static R4.DataType ReadValue(ref Utf8JsonReader reader, string suffix) => suffix switch
    {
        "Quantity" => ReadQuantity<R4.Quantity>(ref reader),
        "CodeableConcept" => ReadConcept(ref reader),
        "String" => new R4.FhirString(String(ref reader)),
        "Boolean" => new R4.FhirBoolean(Boolean(ref reader)),
        "Integer" => new R4.Integer(Integer(ref reader)),
        "Range" => ReadRange(ref reader),
        "DateTime" => new R4.FhirDateTime { Value = String(ref reader) },
        "Period" => ReadPeriod(ref reader),
        _ => throw new UnsupportedException(),
    };

    /// <summary>A time choice (<c>effective[x]</c>, <c>onset[x]</c>, <c>abatement[x]</c>) of the types the mapper handles.</summary>
    private static R4.DataType ReadTime(ref Utf8JsonReader reader, string suffix) => suffix switch
    {
        "DateTime" => new R4.FhirDateTime { Value = String(ref reader) },
        "Period" => ReadPeriod(ref reader),
        "String" => new R4.FhirString(String(ref reader)),
        "Age" => ReadQuantity<R4.Age>(ref reader),
        "Range" => ReadRange(ref reader),
        _ => throw new UnsupportedException(),
    };

    // ---- token helpers ----
    private static bool NextProperty(ref Utf8JsonReader reader, out string name)
    {
        if (!reader.Read() || reader.TokenType == JsonTokenType.EndObject)
        {
            name = string.Empty;
            return false;
        }

        Expect(ref reader, JsonTokenType.PropertyName);
        name = reader.GetString()!;
        return true;
    }

    /// <summary>Moves onto the start of an object: from its property name, or stays when already on it (array items).</summary>
    private static void BeginObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Read();
        }

        Expect(ref reader, JsonTokenType.StartObject);
    }

    private static string? String(ref Utf8JsonReader reader)
    {
        reader.Read();
        return StringValue(ref reader);
    }

    private static string StringValue(ref Utf8JsonReader reader)
    {
        Expect(ref reader, JsonTokenType.String);
        return reader.GetString()!;
    }

    private static bool Boolean(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetBoolean();
    }

    private static int Integer(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetInt32();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type)
        {
            throw new UnsupportedException();
        }
    }

    private sealed class UnsupportedException : Exception;
}

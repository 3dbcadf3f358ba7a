using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OmicsBridge.Core.Clinical;
using OmicsBridge.Formats.Fhir;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Fhir;

public sealed class FhirFastPathTests
{
    private static readonly JsonSerializerOptions s_json = new() { WriteIndented = false };

    /// <summary>Every shared FHIR file and every fixture, each resource (Bundle entries unpacked) written as NDJSON lines.</summary>
    public static TheoryData<string> AllTestFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(TestData.Shared("fhir"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        foreach (var file in Directory.EnumerateFiles(TestData.Fixture("fhir")).Order(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(AllTestFiles))]
    public void ReadNdjson_FastPathAndFirely_YieldTheSameRecords(string path)
    {
        var ndjson = Encoding.UTF8.GetBytes(string.Join('\n', ToNdjsonLines(path)));
        var firely = new FhirResourceReader { UseFastPath = false };
        var fast = new FhirResourceReader { UseFastPath = true };

        var expected = firely.ReadNdjson(new MemoryStream(ndjson), "same.ndjson").Select(Serialize).ToList();
        var actual = fast.ReadNdjson(new MemoryStream(ndjson), "same.ndjson").Select(Serialize).ToList();

        Assert.Equal(expected, actual);
        // Firely also reports FHIR007 findings inside elements the fast path skips; every other issue must match.
        Assert.Equal(
            firely.Issues.Where(i => i.Code != "FHIR007").Select(i => i.ToString()),
            fast.Issues.Where(i => i.Code != "FHIR007").Select(i => i.ToString()));
    }

    [Fact]
    public void TryRead_HotTypesOfSyntheaBundle_AreReadWithoutFallback()
    {
        var lines = ToNdjsonLines(TestData.Shared("fhir/synthea/Kermit_Trantow_f1a650a5-737e-4fd7-828e-03c3348b9524.json"));
        var hot = lines.Where(l => l.Contains("\"resourceType\":\"Observation\"", StringComparison.Ordinal)
                                   || l.Contains("\"resourceType\":\"Patient\"", StringComparison.Ordinal)
                                   || l.Contains("\"resourceType\":\"Condition\"", StringComparison.Ordinal)
                                   || l.Contains("\"resourceType\":\"Encounter\"", StringComparison.Ordinal)
                                   || l.Contains("\"resourceType\":\"MedicationRequest\"", StringComparison.Ordinal)).ToList();

        Assert.True(hot.Count > 60);
        Assert.All(hot, line => Assert.True(FhirFastPath.TryRead(Encoding.UTF8.GetBytes(line), out _), line[..Math.Min(80, line.Length)]));
    }

    [Theory]
    [InlineData("{\"resourceType\":\"Patient\",\"id\":\"a\",\"favouriteColour\":\"blue\"}")] // unknown element: Firely reports it
    [InlineData("{\"resourceType\":\"Patient\",\"id\":\"a\",\"contained\":[]}")]
    [InlineData("{\"resourceType\":\"Observation\",\"id\":\"a\",\"valueSampledData\":{}}")]
    [InlineData("{\"resourceType\":\"Patient\",\"id\":\"a\",\"gender\":1}")]
    [InlineData("{\"id\":\"a\",\"resourceType\":\"Patient\"}")] // resourceType not first
    [InlineData("{\"resourceType\":\"Specimen\",\"id\":\"a\"}")] // not a hot type
    [InlineData("{\"resourceType\":\"Patient\",\"id\":\"a\"")]
    public void TryRead_WhatItDoesNotHandle_FallsBack(string json)
    {
        Assert.False(FhirFastPath.TryRead(Encoding.UTF8.GetBytes(json), out _));
    }

    private static string Serialize(ClinicalRecord record) => JsonSerializer.Serialize(record, record.GetType(), s_json);

    private static List<string> ToNdjsonLines(string path)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(File.ReadAllBytes(path));
        }
        catch (JsonException)
        {
            // Invalid JSON fixtures stay as they are: both paths must report them the same way.
            return [File.ReadAllText(path).ReplaceLineEndings(" ")];
        }

        if (root?["resourceType"]?.GetValue<string>() != "Bundle")
        {
            return [root!.ToJsonString()];
        }

        var lines = new List<string>();
        foreach (var entry in root["entry"]?.AsArray() ?? [])
        {
            if (entry?["resource"] is { } resource)
            {
                lines.Add(resource.ToJsonString());
            }
        }

        return lines;
    }
}

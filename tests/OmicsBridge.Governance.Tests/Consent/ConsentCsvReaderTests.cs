using OmicsBridge.Core.Access;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Governance.Consent;

namespace OmicsBridge.Governance.Tests.Consent;

public sealed class ConsentCsvReaderTests
{
    private static (List<PatientConsent> Records, ConsentCsvReader Reader) Read(string csv)
    {
        var reader = new ConsentCsvReader(new StringReader(csv), "consent.csv");
        return (reader.Read().ToList(), reader);
    }

    [Fact]
    public void Read_WellFormedRows_ParsesEveryField()
    {
        const string csv = """
            patient_id,status,purposes,modifiers,categories,start_date,end_date,consent_id
            P1,active,HMB;DS:MONDO:0005015,PUB|DUO:0000046,clinical;genomic,2020-01-01,2030-12-31,C-1
            "P2",withdrawn,GRU,,,2021-05-05,,
            """;

        var (records, reader) = Read(csv);

        Assert.Empty(reader.Issues);
        Assert.Equal(2, records.Count);
        var p1 = records[0];
        Assert.Equal("P1", p1.PatientId);
        Assert.Equal(ConsentStatus.Active, p1.Status);
        Assert.Equal(["DUO:0000006", "DUO:0000007:MONDO:0005015"], p1.Purposes.Select(p => p.ToString()));
        Assert.True(p1.Modifiers.SetEquals([DuoCodes.PublicationRequired, DuoCodes.NonCommercialUse]));
        Assert.True(p1.Categories.SetEquals(["clinical", "genomic"]));
        Assert.Equal((new DateOnly(2020, 1, 1), new DateOnly(2030, 12, 31)), (p1.Start!.Value, p1.End!.Value));
        Assert.Equal("C-1", p1.ConsentId);
        Assert.Equal(ConsentStatus.Withdrawn, records[1].Status);
        Assert.Empty(records[1].Categories);
        Assert.Equal(3, records[1].Order);
    }

    [Fact]
    public void Read_BadRows_SkipsThemWithPositionedCodedIssues()
    {
        const string csv = """
            patient_id,status,purposes,modifiers,categories,start_date,end_date
            P1,maybe,GRU,,,,
            P2,active,XYZ,,,,
            P3,active,GRU,FOO,,,
            P4,active,GRU,,lipidomic,,
            P5,active,GRU,,,01/02/2020,
            P6,active,GRU,,,2020-02-01,2020-01-01
            ,active,GRU,,,,
            P8,active,GRU
            P9,active,GRU,,,,
            """;

        var (records, reader) = Read(csv);

        Assert.Equal(["P9"], records.Select(r => r.PatientId));
        Assert.Equal(9, reader.RowsRead);
        Assert.Equal(8, reader.RowsRejected);
        var codes = reader.Issues.Select(i => (i.Code, i.Line)).ToList();
        Assert.Equal([("GOV006", 2), ("GOV007", 3), ("GOV008", 4), ("GOV009", 5), ("GOV010", 6), ("GOV011", 7), ("GOV005", 8), ("GOV003", 9)], codes);
        Assert.All(reader.Issues, i => Assert.DoesNotMatch(@"\bP\d\b", i.Message));
    }

    [Fact]
    public void Read_MissingRequiredColumn_IsFatalAndYieldsNothing()
    {
        var (records, reader) = Read("patient_id,purposes\nP1,GRU\n");

        Assert.Empty(records);
        var issue = Assert.Single(reader.Issues);
        Assert.Equal(("GOV002", IssueSeverity.Fatal), (issue.Code, issue.Severity));
        Assert.Contains("status", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuotedFieldSpanningLines_KeepsFirstLineForPositions()
    {
        const string csv = "patient_id,status,purposes,consent_id\nP1,active,GRU,\"a\nb\"\nP2,bogus,GRU,x\n";

        var (records, reader) = Read(csv);

        Assert.Equal("a\nb", Assert.Single(records).ConsentId);
        Assert.Equal(("GOV006", 4L), (reader.Issues[0].Code, reader.Issues[0].Line));
    }

    [Fact]
    public void Read_ActiveWithoutPurposes_WarnsButKeepsRecord()
    {
        var (records, reader) = Read("patient_id,status,purposes\nP1,active,\n");

        Assert.Single(records);
        Assert.Equal(("GOV012", IssueSeverity.Warning), (reader.Issues[0].Code, reader.Issues[0].Severity));
    }
}

using System.IO.Compression;
using System.Text;
using OmicsBridge.Core.Diagnostics;
using OmicsBridge.Formats.Csv;
using OmicsBridge.Testing;

namespace OmicsBridge.Formats.Tests.Csv;

public sealed class DelimitedReaderTests
{
    [Theory]
    [InlineData("a,b,c\n1,2,3\n", ',')]
    [InlineData("a\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("a;b;c\n1;2;3\n", ';')]
    [InlineData("\"x,y\"\tb\tc\n1\t2\t3\n", '\t')]
    [InlineData("\r\n\na;b\n", ';')]
    public void Constructor_FirstLine_DetectsDelimiter(string text, char expected)
    {
        using var reader = Open(text);

        Assert.Equal(expected, reader.Delimiter);
    }

    [Fact]
    public void TryReadRow_QuotedFieldWithNewlineAndQuotes_UnquotesAndKeepsLineNumbers()
    {
        using var reader = Open("id,note\n1,\"line one\nline \"\"two\"\"\"\n2,plain\n");

        Assert.True(reader.TryReadRow(out var header));
        Assert.Equal(1, header.LineNumber);
        Assert.True(reader.TryReadRow(out var first));
        Assert.Equal("line one\nline \"two\"", first.GetString(1));
        Assert.Equal(2, first.LineNumber);
        Assert.Equal(3, first.EndLineNumber);
        Assert.True(reader.TryReadRow(out var second));
        Assert.Equal(4, second.LineNumber);
        Assert.Equal("plain", second.GetString(1));
        Assert.False(reader.TryReadRow(out _));
    }

    [Fact]
    public void TryReadRow_BomCrlfAndBlankLines_StripsBomAndCountsLines()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("a,b\r\n\r\n1,2\r\n3,4")).ToArray();
        using var reader = new DelimitedReader(new MemoryStream(bytes), "bom.csv");

        Assert.True(reader.TryReadRow(out var header));
        Assert.Equal("a", header.GetString(0));
        Assert.True(reader.TryReadRow(out var first));
        Assert.Equal(3, first.LineNumber);
        Assert.Equal(["1", "2"], first.ToArray());
        Assert.True(reader.TryReadRow(out var last));
        Assert.Equal(4, last.LineNumber);
        Assert.Equal(["3", "4"], last.ToArray());
        Assert.False(reader.TryReadRow(out _));
    }

    [Fact]
    public void TryReadRow_TrailingDelimiterAndEmptyFields_KeepsEmptyFields()
    {
        using var reader = Open("a,,c,\n");

        Assert.True(reader.TryReadRow(out var row));

        Assert.Equal(["a", "", "c", ""], row.ToArray());
    }

    [Fact]
    public void TryReadRow_QuoteInsideUnquotedField_KeepsItLiterally()
    {
        using var reader = Open("a,5\" tube,c\n");

        Assert.True(reader.TryReadRow(out var row));

        Assert.Equal("5\" tube", row.GetString(1));
    }

    [Fact]
    public void TryReadRow_CommentChar_SkipsCommentLines()
    {
        using var reader = Open("#meta\tline\n#more\na\tb\n#inner\n1\t2\n", new DelimitedReaderOptions { CommentChar = '#' });

        Assert.True(reader.TryReadRow(out var header));
        Assert.Equal(3, header.LineNumber);
        Assert.True(reader.TryReadRow(out var row));
        Assert.Equal(5, row.LineNumber);
        Assert.False(reader.TryReadRow(out _));
    }

    [Fact]
    public void TryReadRow_FieldsLongerThanTheBuffer_AreReadWhole()
    {
        var longField = new string('x', 200_000);
        using var reader = Open($"a,\"{longField}\",{longField}\n2,3,4\n");

        Assert.True(reader.TryReadRow(out var row));
        Assert.Equal(200_000, row[1].Length);
        Assert.Equal(200_000, row[2].Length);
        Assert.True(reader.TryReadRow(out var next));
        Assert.Equal(2, next.LineNumber);
    }

    [Fact]
    public void TryReadRow_GzipContent_IsDecompressedByMagic()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("table.txt");
        WriteGzip(path, "a\tb\n1\t2\n");

        using var reader = new DelimitedReader(path);

        Assert.True(reader.IsGzip);
        Assert.True(reader.TryReadRow(out _));
        Assert.True(reader.TryReadRow(out var row));
        Assert.Equal(["1", "2"], row.ToArray());
    }

    [Fact]
    public void TryReadRow_TruncatedGzip_FailsNamingTheFile()
    {
        using var temp = new TempDirectory();
        var full = temp.Combine("full.tsv.gz");
        var lines = string.Join('\n', Enumerable.Range(0, 50_000).Select(i => $"{i}\t{i * 7}"));
        WriteGzip(full, lines);
        var bytes = File.ReadAllBytes(full);
        var truncated = temp.Combine("cut.tsv.gz");
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);

        var ex = Assert.Throws<OmicsBridgeException>(() =>
        {
            using var reader = new DelimitedReader(truncated);
            while (reader.TryReadRow(out _))
            {
            }
        });

        var issue = Assert.Single(ex.Issues);
        Assert.Equal(CsvIssueCodes.BrokenGzip, issue.Code);
        Assert.Equal("cut.tsv.gz", issue.File);
        Assert.Contains("truncated", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryReadRow_CompleteGzip_PassesTheTrailerCheck()
    {
        using var temp = new TempDirectory();
        var full = temp.Combine("full.tsv.gz");
        WriteGzip(full, string.Join('\n', Enumerable.Range(0, 50_000).Select(i => $"{i}\t{i * 7}")));

        using var reader = new DelimitedReader(full);
        var rows = 0;
        while (reader.TryReadRow(out _))
        {
            rows++;
        }

        Assert.Equal(50_000, rows);
    }

    [Fact]
    public void Constructor_NulBytes_FailsAsBinary()
    {
        var ex = Assert.Throws<OmicsBridgeException>(() => new DelimitedReader(new MemoryStream([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x41]), "data.xlsx"));

        Assert.Equal(CsvIssueCodes.BinaryFile, ex.Issues[0].Code);
        Assert.Contains("looks like a binary file", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData(" \r\n\n")]
    public void Constructor_EmptyFile_Fails(string text)
    {
        var ex = Assert.Throws<OmicsBridgeException>(() => Open(text));

        Assert.Equal(CsvIssueCodes.EmptyFile, ex.Issues[0].Code);
    }

    [Fact]
    public void TryReadRow_UnterminatedQuote_FailsAtTheOpeningLine()
    {
        using var reader = Open("a,b\n1,\"open\n2,3\n");
        Assert.True(reader.TryReadRow(out _));

        var ex = Assert.Throws<OmicsBridgeException>(() => reader.TryReadRow(out _));

        Assert.Equal(CsvIssueCodes.UnterminatedQuote, ex.Issues[0].Code);
        Assert.Equal(2, ex.Issues[0].Line);
    }

    private static DelimitedReader Open(string text, DelimitedReaderOptions? options = null)
        => new(new MemoryStream(Encoding.UTF8.GetBytes(text)), "test.txt", options);

    private static void WriteGzip(string path, string text)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        gzip.Write(Encoding.UTF8.GetBytes(text));
    }
}

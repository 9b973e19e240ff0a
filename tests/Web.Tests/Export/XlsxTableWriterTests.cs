using System.IO.Compression;
using System.Xml.Linq;
using DocArchive.Web.Export;

namespace DocArchive.Web.Tests.Export;

public sealed class XlsxTableWriterTests
{
    private static readonly XNamespace Sheet = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [Fact]
    public async Task CompleteAsync_WritesAWorkbookWhoseCellsAreText_WhenValuesLookLikeFormulas()
    {
        using var stream = new NonSeekableStream();
        await using (var writer = new XlsxTableWriter(stream, "persons"))
        {
            await writer.WriteRowAsync(["name", "note"], CancellationToken.None);
            await writer.WriteRowAsync(["=1+1", "bell\u0007 <b>&"], CancellationToken.None);
            await writer.WriteRowAsync(["ZHANG WEI", null], CancellationToken.None);
            await writer.CompleteAsync(CancellationToken.None);
        }

        using var archive = new ZipArchive(new MemoryStream(stream.Written.ToArray()), ZipArchiveMode.Read);
        Assert.NotNull(archive.GetEntry("[Content_Types].xml"));
        Assert.Contains("name=\"persons\"", await ReadAsync(archive, "xl/workbook.xml"), StringComparison.Ordinal);
        var rows = XDocument.Parse(await ReadAsync(archive, "xl/worksheets/sheet1.xml")).Descendants(Sheet + "row")
            .Select(r => r.Elements(Sheet + "c").Select(c => c.Element(Sheet + "is")?.Element(Sheet + "t")?.Value).ToList())
            .ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["=1+1", "bell <b>&"], rows[1]);
        Assert.Equal(["ZHANG WEI", null], rows[2]);
        Assert.Empty(XDocument.Parse(await ReadAsync(archive, "xl/worksheets/sheet1.xml")).Descendants(Sheet + "f"));
    }

    [Fact]
    public async Task CompleteAsync_WritesNumbersAndDatesAsTyped_WithABoldFrozenHeaderAndAnAutofilter()
    {
        using var stream = new NonSeekableStream();
        string[] header = ["name", "pages", "name_confidence", "expiry_date", "uploaded_at_utc", "best_page"];
        await ExportFile.WriteAsync(
            stream,
            ExportFormat.Xlsx,
            "dokumen_sinar-batu_2026-12-07",
            header,
            new IReadOnlyList<string?>[] { ["ZHANG WEI", "3", "0.81", "2026-01-31", "2025-12-31 08:15:00", "not a page"], ["LI NA", null, null, "31-01-2026", null, "2"] }.ToAsyncEnumerable(),
            CancellationToken.None);

        using var archive = new ZipArchive(new MemoryStream(stream.Written.ToArray()), ZipArchiveMode.Read);
        var sheet = XDocument.Parse(await ReadAsync(archive, "xl/worksheets/sheet1.xml"));
        var rows = sheet.Descendants(Sheet + "row").Select(r => r.Elements(Sheet + "c").ToList()).ToList();
        var zhang = rows[1];
        Assert.Equal(["inlineStr", null, null, null, null, "inlineStr"], zhang.Select(c => c.Attribute("t")?.Value));
        Assert.Equal(["3", "0.81", "46053", "46022.34375"], zhang.Skip(1).Take(4).Select(c => c.Element(Sheet + "v")?.Value));
        Assert.Equal([null, null, "1", "2"], zhang.Skip(1).Take(4).Select(c => c.Attribute("s")?.Value));
        Assert.Equal("inlineStr", rows[2][3].Attribute("t")?.Value);
        Assert.Equal("2", rows[2][5].Element(Sheet + "v")?.Value);
        Assert.All(rows[0], c => Assert.Equal(("inlineStr", "3"), (c.Attribute("t")?.Value, c.Attribute("s")?.Value)));
        Assert.Equal("A1:F3", sheet.Descendants(Sheet + "autoFilter").Single().Attribute("ref")?.Value);
        var pane = sheet.Descendants(Sheet + "pane").Single();
        Assert.Equal(("1", "A2", "frozen"), (pane.Attribute("ySplit")?.Value, pane.Attribute("topLeftCell")?.Value, pane.Attribute("state")?.Value));
        var styles = XDocument.Parse(await ReadAsync(archive, "xl/styles.xml"));
        var formats = styles.Descendants(Sheet + "cellXfs").Single().Elements(Sheet + "xf").ToList();
        Assert.Equal(["164", "165"], new[] { formats[1], formats[2] }.Select(x => x.Attribute("numFmtId")?.Value));
        Assert.Equal(@"yyyy\-mm\-dd", styles.Descendants(Sheet + "numFmt").First(n => n.Attribute("numFmtId")?.Value == "164").Attribute("formatCode")?.Value);
        Assert.Contains("_xlnm._FilterDatabase", await ReadAsync(archive, "xl/workbook.xml"), StringComparison.Ordinal);
        Assert.Contains("name=\"dokumen_sinar-batu_2026-12-07\"", await ReadAsync(archive, "xl/workbook.xml"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(53, "BA")]
    public void ColumnName_GivesTheSpreadsheetsLetters_ForAColumnNumber(int column, string expected) =>
        Assert.Equal(expected, XlsxTableWriter.ColumnName(column));

    [Fact]
    public void XmlSafe_DropsControlCharactersAndLoneSurrogates_KeepingEverythingElse()
    {
        Assert.Equal("ab😀c", XlsxTableWriter.XmlSafe("a\u0001b😀\ud800c"));
        Assert.Same("ZHANG WEI", XlsxTableWriter.XmlSafe("ZHANG WEI"));
    }

    private static async Task<string> ReadAsync(ZipArchive archive, string name)
    {
        using var reader = new StreamReader(archive.GetEntry(name)!.Open());
        return await reader.ReadToEndAsync();
    }

    /// <summary>A response body: it can only be written forward.</summary>
    private sealed class NonSeekableStream : Stream
    {
        public MemoryStream Written { get; } = new();

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new InvalidOperationException("Synchronous writes are not allowed.");

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) =>
            Written.WriteAsync(buffer, cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Written.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}

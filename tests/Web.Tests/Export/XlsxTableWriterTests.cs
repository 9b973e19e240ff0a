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

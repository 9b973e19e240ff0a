using System.Text;
using DocArchive.Web.Export;

namespace DocArchive.Web.Tests.Export;

public sealed class CsvTableWriterTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+62 811", "\"'+62 811\"")]
    [InlineData("-1+1", "\"'-1+1\"")]
    [InlineData("@SUM(A1)", "\"'@SUM(A1)\"")]
    [InlineData("\tcmd", "\"'\tcmd\"")]
    [InlineData("PT. SINAR, Tbk", "\"PT. SINAR, Tbk\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("ZHANG WEI", "ZHANG WEI")]
    [InlineData("E1234-5678", "E1234-5678")]
    public void AppendCell_KeepsTheValueAsText_WhenItLooksLikeAFormulaOrHoldsSeparators(string value, string expected)
    {
        var output = new StringBuilder();

        CsvTableWriter.AppendCell(output, value);

        Assert.Equal(expected, output.ToString());
    }

    [Fact]
    public async Task CompleteAsync_WritesUtf8WithBomAndCrlfRows_WhenRowsHoldAccents()
    {
        using var stream = new MemoryStream();
        await using (var writer = new CsvTableWriter(stream))
        {
            await writer.WriteRowAsync(["name", "employer"], CancellationToken.None);
            await writer.WriteRowAsync(["JOSÉ MÜLLER", null], CancellationToken.None);
            await writer.CompleteAsync(CancellationToken.None);
        }

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        Assert.Equal("name,employer\r\nJOSÉ MÜLLER,\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}

using System.Text.Json;
using DocArchive.Fixtures;
using DocArchive.Web.Commands;

namespace DocArchive.Web.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("docarchive-extract-");

    [Fact]
    public async Task RunAsync_PrintsOneRecordPerFileAndFails_WhenOneFileCannotBeRead()
    {
        var permit = Write("permit.pdf", FixtureDocument.TextPdf(FixturePage.FromLines(
            "KARTU IZIN TINGGAL TERBATAS (KITAS)",
            "Nama : ZHANG WEI",
            "Kewarganegaraan : Tiongkok",
            "No. Paspor : E12345678",
            "Berlaku s/d : 31 Desember 2025")));
        var broken = Write("broken.pdf", FixtureDocument.Corrupt());
        using var output = new StringWriter();

        var code = await ExtractCommand.RunAsync([permit, broken, .. CommandSwitches.Ocr], output, CancellationToken.None);

        Assert.Equal(1, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(permit, first.RootElement.GetProperty("file").GetString());
        Assert.Equal("permit", first.RootElement.GetProperty("documentType").GetString());
        var person = first.RootElement.GetProperty("persons")[0];
        Assert.Equal("E12345678", person.GetProperty("passportNumber").GetString());
        Assert.Equal("2025-12-31", person.GetProperty("expiryDate").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(broken, second.RootElement.GetProperty("file").GetString());
        Assert.False(string.IsNullOrWhiteSpace(second.RootElement.GetProperty("error").GetString()));
    }

    [Fact]
    public async Task RunAsync_PrintsAnArray_WhenFormatIsJson()
    {
        var permit = Write("permit.pdf", FixtureDocument.TextPdf(FixturePage.FromLines("IZIN TINGGAL TERBATAS (ITAS)", "Nama : KIM MINJUN")));
        using var output = new StringWriter();

        var code = await ExtractCommand.RunAsync(["--format", "json", permit, .. CommandSwitches.Ocr], output, CancellationToken.None);

        Assert.Equal(0, code);
        using var records = JsonDocument.Parse(output.ToString());
        Assert.Equal("KIM MINJUN", Assert.Single(records.RootElement.EnumerateArray()).GetProperty("persons")[0].GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("--format", "xml", "a.pdf")]
    [InlineData("--format", "json")]
    public async Task RunAsync_PrintsUsage_WhenArgumentsAreWrong(params string[] args)
    {
        using var output = new StringWriter();

        var code = await ExtractCommand.RunAsync(args, output, CancellationToken.None);

        Assert.Equal(2, code);
        Assert.StartsWith("usage:", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => directory.Delete(recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(directory.FullName, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}

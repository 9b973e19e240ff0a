using DocArchive.Ingest.Model;

namespace DocArchive.Ingest.Tests.Model;

public sealed class OriginalFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\scans\2024\KITAS ZHANG.pdf", "KITAS ZHANG.pdf")]
    [InlineData("izin\u0000\r\ntinggal.pdf", "izintinggal.pdf")]
    [InlineData("  laporan.tif  ", "laporan.tif")]
    [InlineData("<img src=x onerror=alert(1)>.png", "<img src=x onerror=alert(1)>.png")]
    public void Clean_KeepsOnlyTheName_WhenGivenAPathOrControlCharacters(string given, string expected)
    {
        Assert.Equal(expected, OriginalFileName.Clean(given));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("dir/")]
    [InlineData("..")]
    public void Clean_ReturnsUnnamed_WhenNothingIsLeft(string? given)
    {
        Assert.Equal("unnamed", OriginalFileName.Clean(given));
    }

    [Fact]
    public void Clean_Truncates_WhenLongerThanMaxLength()
    {
        Assert.Equal(OriginalFileName.MaxLength, OriginalFileName.Clean(new string('a', 400) + ".pdf").Length);
    }
}

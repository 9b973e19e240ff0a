using DocArchive.Ingest.Extraction.Normalisation;

namespace DocArchive.Ingest.Tests.Extraction.Normalisation;

public class DatesTests
{
    [Theory]
    [InlineData("31 Desember 2025", "2025-12-31")]
    [InlineData("31 Des 2025", "2025-12-31")]
    [InlineData("31-12-2025", "2025-12-31")]
    [InlineData("31/12/2025", "2025-12-31")]
    [InlineData("31.12.2025", "2025-12-31")]
    [InlineData("2025-12-31", "2025-12-31")]
    [InlineData("December 31, 2025", "2025-12-31")]
    [InlineData("31 DEC 2025", "2025-12-31")]
    [InlineData("5 Pebruari 2024", "2024-02-05")]
    [InlineData("12 Nopember 2023", "2023-11-12")]
    [InlineData("17 Agt 2024", "2024-08-17")]
    [InlineData("17 Ags 2024", "2024-08-17")]
    [InlineData("17 Agu 2024", "2024-08-17")]
    [InlineData("3 Sept 2024", "2024-09-03")]
    [InlineData("1 Mei 2024", "2024-05-01")]
    [InlineData("9 Okt 2024", "2024-10-09")]
    [InlineData("Senin, 12 Februari 2024", "2024-02-12")]
    [InlineData("12 APR /AVR 1985", "1985-04-12")]
    [InlineData("3l Desernber 2O25", "2025-12-31")]
    [InlineData("01-02-2024", "2024-02-01")]
    public void Parse_ReturnsIsoDate_WhenFormatIsListed(string printed, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), Dates.Parse(printed));
    }

    [Theory]
    [InlineData("12/31/2025")]
    [InlineData("32 Januari 2024")]
    [InlineData("31 Foo 2024")]
    [InlineData("2C21AB0001")]
    public void Parse_ReturnsNull_WhenDayFirstReadingIsImpossible(string printed)
    {
        Assert.Null(Dates.Parse(printed));
    }

    [Fact]
    public void FindAll_ReturnsBothEnds_WhenTextIsAPeriod()
    {
        var dates = Dates.FindAll("10-01-2024 s.d. 09 Januari 2025");

        Assert.Equal([new DateOnly(2024, 1, 10), new DateOnly(2025, 1, 9)], dates.Select(d => d.Date));
    }
}

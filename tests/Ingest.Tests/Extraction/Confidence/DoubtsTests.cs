using DocArchive.Ingest.Extraction;
using DocArchive.Ingest.Extraction.Confidence;

namespace DocArchive.Ingest.Tests.Extraction.Confidence;

public class DoubtsTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Theory]
    [InlineData("name", "LINA", Doubts.OneWord)]
    [InlineData("name", "ZHANG W3I", Doubts.Stray)]
    [InlineData("employer", "PT. Karya Batu En", Doubts.Truncated)]
    [InlineData("employer", "Dikeluarkan", Doubts.LabelWord)]
    [InlineData("documentNumber", "KEP.523", Doubts.Truncated)]
    [InlineData("documentNumber", "179/LAP-TIMPORA/V//2023", Doubts.Shape)]
    [InlineData("permitNumber", "2026GG1234", Doubts.Shape)]
    [InlineData("permitNumber", "021TAJIMTA/PPTK", Doubts.Shape)]
    [InlineData("position", "Process 1 Engineer", Doubts.Stray)]
    [InlineData("location", "1 Kabupaten Kutai Kartanegara", Doubts.Stray)]
    [InlineData("location", "Kota", Doubts.Truncated)]
    [InlineData("dateOfBirth", "2020-01-01", Doubts.Implausible)]
    [InlineData("name", "EEE TSAI CHIA HAO", Doubts.Stray)]
    [InlineData("position", "eccccescseseues Site Manager", Doubts.Stray)]
    [InlineData("employer", "dscns", Doubts.Shape)]
    [InlineData("employer", "PT.", Doubts.Truncated)]
    [InlineData("employer", "PT. BINTANG UTAMA INDUSTRI PT. BINTANG UTAMA INDUSTRI", Doubts.Stray)]
    public void Of_GivesTheReason_WhenTheValueIsOfAFailureClass(string field, string value, string reason) =>
        Assert.Equal(reason, Doubts.Of(field, value, Evidence(value), _ => null, Today));

    [Theory]
    [InlineData("name", "WU QIANG")]
    [InlineData("name", "LEE SEOYEON")]
    [InlineData("position", "Process Engineer")]
    [InlineData("employer", "Sinar Batu Mining, PT")]
    [InlineData("employer", "PT Gunung Perkasa Coal Tbk")]
    [InlineData("documentNumber", "KEP.47412/PPTK/PTA/2023")]
    [InlineData("permitNumber", "2C26GG1234")]
    [InlineData("permitNumber", "06249/IMTA/PPTK/2022")]
    [InlineData("position", "Quality Control Manager")]
    [InlineData("location", "Kabupaten Kutai Kartanegara")]
    [InlineData("dateOfBirth", "1985-04-12")]
    public void Of_GivesNoReason_WhenTheValueLooksAsItsFieldDoes(string field, string value) =>
        Assert.Null(Doubts.Of(field, value, Evidence(value), _ => null, Today));

    [Fact]
    public void Of_GivesShape_WhenAPrintedPassportNumberFitsNoShapeOfTheHoldersCountry()
    {
        Assert.Equal(Doubts.Shape, Doubts.Of("passportNumber", "E1234567", Evidence("E1234567"), f => f == "nationality" ? "CHN" : null, Today));
        Assert.Null(Doubts.Of("passportNumber", "E12345678", Evidence("E12345678"), f => f == "nationality" ? "CHN" : null, Today));
    }

    [Fact]
    public void Of_GivesImplausible_WhenThePermitEndsBeforeItWasIssued() =>
        Assert.Equal(Doubts.Implausible, Doubts.Of("expiryDate", "2024-01-01", Evidence("2024-01-01"), f => f == "issueDate" ? "2024-06-01" : null, Today));

    private static FieldEvidence Evidence(string value) => new(value, 0.9, 1, FieldSources.Label, null);
}

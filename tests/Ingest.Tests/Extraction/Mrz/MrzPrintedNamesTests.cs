using DocArchive.Ingest.Extraction.Mrz;

namespace DocArchive.Ingest.Tests.Extraction.Mrz;

public class MrzPrintedNamesTests
{
    [Theory]
    [InlineData("ERIKSSON<<ANNAXMARIA")]
    [InlineData("ERIKSSON<<ANNA<XMARIA")]
    [InlineData("ERIKSSON<<ANNAKXMARIAK")]
    [InlineData("ERIKSSON<<ANNACMARIAS")]
    public void Corroborate_ParsTheGivenNames_WhenThePagePrintsThemAndFillerWasReadAsLetters(string names)
    {
        var zone = Corroborate(names, "ERIKSSON", "ANNA", "MARIA", "PASSPORT");

        Assert.Equal(UtopiaZone.FirstLine("ERIKSSON<<ANNA<MARIA"), zone.Lines[0]);
        Assert.Equal("ANNA MARIA", zone.GivenNames);
        Assert.True(zone.Repaired);
    }

    [Fact]
    public void Corroborate_KeepsKimAndXu_WhenThePagePrintsThem()
    {
        var zone = Corroborate("KIM<<XU", "KIM", "XU", "PASSPORT");

        Assert.Equal("KIM", zone.Surname);
        Assert.Equal("XU", zone.GivenNames);
        Assert.False(zone.Repaired);
    }

    [Fact]
    public void Corroborate_KeepsTheNames_WhenThePageDoesNotPrintThem()
    {
        var zone = Corroborate("KIM<<XUAN", "UTOPIA", "PASSPORT");

        Assert.Equal("XUAN", zone.GivenNames);
        Assert.False(zone.Repaired);
    }

    [Fact]
    public void Corroborate_KeepsTheNames_WhenOnlySomePartsArePrinted()
    {
        var zone = Corroborate("ERIKSSON<<ANNAXMARIA", "ANNA");

        Assert.Equal("ANNAXMARIA", zone.GivenNames);
    }

    private static MrzResult Corroborate(string names, params string[] printed) =>
        MrzPrintedNames.Corroborate(MrzReader.Read([UtopiaZone.FirstLine(names), UtopiaZone.SecondLine], UtopiaZone.Today)!, printed, UtopiaZone.Today);
}

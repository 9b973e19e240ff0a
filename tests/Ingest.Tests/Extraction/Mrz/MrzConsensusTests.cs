using DocArchive.Ingest.Extraction.Mrz;

namespace DocArchive.Ingest.Tests.Extraction.Mrz;

public class MrzConsensusTests
{
    [Fact]
    public void Read_TakesTheNamesMostReadingsRead_WhenOneScaleReadFillerAsALetter()
    {
        var zone = MrzConsensus.Read(
            [Passport("ERIKSSON<<ANNA<XMARIA"), Passport("ERIKSSON<<ANNA<MARIA"), Passport("ERIKSSON<<ANNACMARIAS"), Passport("ERIKSSON<<ANNA<MARIA")],
            UtopiaZone.Today);

        Assert.Equal("ERIKSSON ANNA MARIA", zone?.Name);
        Assert.True(zone?.IsValid);
    }

    [Fact]
    public void Read_TurnsLoneLettersBetweenFillerIntoFiller_WhenAnotherReadingSawFiller()
    {
        // K counts 0 in check digits, as filler does: the composite passes either way.
        string[] names = ["ERIKSSON<<ANNA<MARIA<<<<<<<<<<"];
        var zone = MrzConsensus.Read(
            [
                ["I<UTOD231458907<<<<<K<<<K<<<<<", "7408122F1204159UTO<<<<<<K<<<<6", .. names],
                ["I<UTOD231458907<<<<<K<<<<<<<<<", "7408122F1204159UTO<<<<<<K<<<<6", .. names],
                ["I<UTOD231458907<<<<<<<<<K<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", .. names],
            ],
            UtopiaZone.Today);

        Assert.Equal(["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", .. names], zone?.Lines);
        Assert.True(zone?.IsValid);
    }

    [Fact]
    public void Read_KeepsKimAndXu_WhenOneReadingSawFillerThere()
    {
        var zone = MrzConsensus.Read([Passport("KIM<<XU"), Passport("<IM<<<U"), Passport("KIM<<XU")], UtopiaZone.Today);

        Assert.Equal("KIM", zone?.Surname);
        Assert.Equal("XU", zone?.GivenNames);
    }

    [Fact]
    public void Read_KeepsALoneInitial_WhenEveryReadingSawIt()
    {
        var zone = MrzConsensus.Read([Passport("LEE<<K<X"), Passport("LEE<<K<X")], UtopiaZone.Today);

        Assert.Equal("K X", zone?.GivenNames);
    }

    [Fact]
    public void Read_ReturnsNull_WhenNoReadingHoldsAZone()
    {
        Assert.Null(MrzConsensus.Read([["NOTULEN RAPAT"], []], UtopiaZone.Today));
    }

    private static string[] Passport(string names) => [UtopiaZone.FirstLine(names), UtopiaZone.SecondLine];
}

using DocArchive.Ingest.Extraction.Mrz;

namespace DocArchive.Ingest.Tests.Extraction.Mrz;

public class MrzConsensusTests
{
    private const string Td3Second = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void Read_TakesTheNamesMostReadingsRead_WhenOneScaleReadFillerAsALetter()
    {
        var zone = MrzConsensus.Read(
            [[Names("ERIKSSON<<ANNA<XMARIA"), Td3Second], [Names("ERIKSSON<<ANNA<MARIA"), Td3Second], [Names("ERIKSSON<<ANNACMARIAS"), Td3Second], [Names("ERIKSSON<<ANNA<MARIA"), Td3Second]],
            Today);

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
            Today);

        Assert.Equal(["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", .. names], zone?.Lines);
        Assert.True(zone?.IsValid);
    }

    [Fact]
    public void Read_KeepsKimAndXu_WhenOneReadingSawFillerThere()
    {
        var zone = MrzConsensus.Read(
            [[Names("KIM<<XU"), Td3Second], [Names("<IM<<<U"), Td3Second], [Names("KIM<<XU"), Td3Second]],
            Today);

        Assert.Equal("KIM", zone?.Surname);
        Assert.Equal("XU", zone?.GivenNames);
    }

    [Fact]
    public void Read_KeepsALoneInitial_WhenEveryReadingSawIt()
    {
        var zone = MrzConsensus.Read([[Names("LEE<<K<X"), Td3Second], [Names("LEE<<K<X"), Td3Second]], Today);

        Assert.Equal("K X", zone?.GivenNames);
    }

    [Fact]
    public void Read_ReturnsNull_WhenNoReadingHoldsAZone()
    {
        Assert.Null(MrzConsensus.Read([["NOTULEN RAPAT"], []], Today));
    }

    private static string Names(string names) => ("P<UTO" + names).PadRight(44, '<');
}

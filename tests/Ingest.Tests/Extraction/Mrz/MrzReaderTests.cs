using DocArchive.Ingest.Extraction.Mrz;

namespace DocArchive.Ingest.Tests.Extraction.Mrz;

public class MrzReaderTests
{
    private static readonly DateOnly Today = new(2025, 6, 1);

    [Fact]
    public void Read_ParsesTd3_WhenCheckDigitsPass()
    {
        var zone = MrzReader.Read(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], Today);

        Assert.NotNull(zone);
        Assert.True(zone.IsValid);
        Assert.Equal(MrzFormat.Td3, zone.Format);
        Assert.Equal("ERIKSSON ANNA MARIA", zone.Name);
        Assert.Equal("L898902C3", zone.DocumentNumber);
        Assert.Equal(new DateOnly(1974, 8, 12), zone.BirthDate);
        Assert.Equal(new DateOnly(2012, 4, 15), zone.ExpiryDate);
        Assert.False(zone.Repaired);
    }

    [Fact]
    public void Read_ParsesTd2_WhenCheckDigitsPass()
    {
        var zone = MrzReader.Read(["I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6"], Today);

        Assert.Equal(MrzFormat.Td2, zone?.Format);
        Assert.True(zone?.IsValid);
        Assert.Equal("D23145890", zone?.DocumentNumber);
    }

    [Fact]
    public void Read_ParsesTd1_WhenCheckDigitsPass()
    {
        var zone = MrzReader.Read(["I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<"], Today);

        Assert.Equal(MrzFormat.Td1, zone?.Format);
        Assert.True(zone?.IsValid);
        Assert.Equal("ERIKSSON ANNA MARIA", zone?.Name);
    }

    [Fact]
    public void Read_MapsGermanCode_WhenNationalityIsD()
    {
        var zone = MrzReader.Read(["P<D<<MUSTERMANN<<ERIKA<<<<<<<<<<<<<<<<<<<<<<", "C01X00T478D<<6408125F2702283<<<<<<<<<<<<<<<4"], Today);

        Assert.True(zone?.IsValid);
        Assert.Equal("DEU", zone?.Nationality);
    }

    [Fact]
    public void Read_RepairsDigitPositions_WhenOcrReadLetters()
    {
        // O for 0 in the birth date, S for 5 in the expiry, spaces and a missing filler.
        var zone = MrzReader.Read(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<", "L898902C36UTO74O8122F12O4lS9ZE184226B<<<<<10"], Today);

        Assert.True(zone?.IsValid);
        Assert.True(zone?.Repaired);
        Assert.Equal(new DateOnly(1974, 8, 12), zone?.BirthDate);
    }

    [Fact]
    public void Read_RepairsDocumentNumber_OnlyWhenCheckDigitsPass()
    {
        // S read for 5 inside the document number of a Chinese passport.
        var line2 = Line2("E12345678", "CHN", "850412", "M", "300101");
        var misread = "E1234S678" + line2[9..];

        var zone = MrzReader.Read(["P<CHNZHANG<<WEI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<", misread], Today);

        Assert.True(zone?.IsValid);
        Assert.Equal("E12345678", zone?.DocumentNumber);
        Assert.Equal("ZHANG WEI", zone?.Name);
    }

    [Fact]
    public void Read_LeavesZoneInvalid_WhenNoRepairMakesCheckDigitsPass()
    {
        var zone = MrzReader.Read(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<19"], Today);

        Assert.NotNull(zone);
        Assert.False(zone.IsValid);
        Assert.Contains("composite", zone.FailedChecks);
    }

    [Fact]
    public void Read_DoesNotRepairDigitIntoDigit_WhenBirthDateCheckFails()
    {
        var zone = MrzReader.Read(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408132F1204159ZE184226B<<<<<10"], Today);

        Assert.False(zone?.BirthDateValid);
    }

    [Fact]
    public void Read_TurnsFillerBackFromK_WhenNameTailHasStrayLetters()
    {
        var zone = MrzReader.Read(["P<UTOERIKSSON<<ANNA<MARIA<<<<<<K<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10"], Today);

        Assert.Equal("ANNA MARIA", zone?.GivenNames);
    }

    [Fact]
    public void Read_FillsTheNamesEnd_WhenOnlyFillerLikeLettersFollowTheGivenNames()
    {
        var zone = MrzReader.Read(["P<GBRPUDARSAN<<HENERT<<<<<<<<<<KEK6KKKKKKK<<", "7077979792GBR9505209M1704224<<<<<<<<<<<<<<00"], Today);

        Assert.Equal("P<GBRPUDARSAN<<HENERT<<<<<<<<<<<<<<<<<<<<<<<", zone?.Lines[0]);
        Assert.True(zone?.IsValid);
    }

    [Fact]
    public void Read_FillsTheNamesEnd_WhenFillerWasReadAsARunOfOneLetter()
    {
        var zone = MrzReader.Read([UtopiaZone.FirstLine("CZESPECIMEN<<VZOR<KKKKKKKKKKKKKKKKKKKKKKKS"), UtopiaZone.SecondLine], Today);

        Assert.Equal(UtopiaZone.FirstLine("CZESPECIMEN<<VZOR"), zone?.Lines[0]);
    }

    [Theory]
    [InlineData("ERIKSSON<<ANNA<<MARIA", "ANNA MARIA")]
    [InlineData("KIM<<XU<<<<K<<", "XU")]
    [InlineData("LI<<XIAO<KE", "XIAO KE")]
    public void Read_KeepsEveryNamePart_WhenFillerLikeLettersBeginIt(string names, string given)
    {
        var zone = MrzReader.Read([UtopiaZone.FirstLine(names), UtopiaZone.SecondLine], Today);

        Assert.Equal(given, zone?.GivenNames);
    }

    [Fact]
    public void Read_ReturnsNull_WhenNoLineLooksLikeAZone()
    {
        Assert.Null(MrzReader.Read(["KARTU IZIN TINGGAL TERBATAS", "Nama : ZHANG WEI"], Today));
    }

    [Fact]
    public void Read_ValidatesEveryVerifiedSpecimen_WhenCorpusIsPresent()
    {
        const string path = "/work/shared/corpus/mrz-specimens/icao-utopia-fastmrz/ground_truth.json";
        if (!File.Exists(path))
        {
            return;
        }

        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(path));
        foreach (var item in json.RootElement.GetProperty("items").EnumerateArray().Where(i => i.TryGetProperty("mrz", out var m) && m.ValueKind == System.Text.Json.JsonValueKind.Array))
        {
            var lines = item.GetProperty("mrz").EnumerateArray().Select(l => l.GetString()!).ToList();
            var zone = MrzReader.Read(lines, Today);
            Assert.NotNull(zone);
            Assert.True(zone.IsValid, string.Join('|', lines));
            Assert.Equal(lines, zone.Lines);
        }
    }

    private static string Line2(string number, string nationality, string birth, string sex, string expiry)
    {
        var optional = new string('<', 14);
        var line = $"{number}{MrzCheckDigit.Compute(number)}{nationality}{birth}{MrzCheckDigit.Compute(birth)}{sex}{expiry}{MrzCheckDigit.Compute(expiry)}{optional}<";
        var composite = line[..10] + line[13..20] + line[21..43];
        return line + MrzCheckDigit.Compute(composite);
    }
}

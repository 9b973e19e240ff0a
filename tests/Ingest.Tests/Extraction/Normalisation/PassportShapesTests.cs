using DocArchive.Ingest.Extraction.Normalisation;

namespace DocArchive.Ingest.Tests.Extraction.Normalisation;

public sealed class PassportShapesTests
{
    [Theory]
    [InlineData("25754266", "IND", "Z5754266")]
    [InlineData("P60218411", "PHL", "P6021841I")]
    [InlineData("492234046", "MYS", "A92234046")]
    [InlineData("TRI234567", "JPN", "TR1234567")]
    [InlineData("BA1526974", "CHN", "EA1526974")]
    [InlineData("F12345678", "CHN", "E12345678")]
    public void Repair_PutsTheNumberIntoItsCountrysShape_WhenOnlyOneRepairFits(string printed, string nationality, string expected) =>
        Assert.Equal(expected, PassportShapes.Repair(printed, nationality));

    [Theory]
    [InlineData("E00737300", "CHN")]
    [InlineData("492234046", "USA")]
    [InlineData("25754266", null)]
    [InlineData("25754266", "XXX")]
    [InlineData("1234", "IND")]
    public void Repair_KeepsTheNumber_WhenItFitsAsReadOrNothingSaysHowItShouldLook(string printed, string? nationality) =>
        Assert.Equal(printed, PassportShapes.Repair(printed, nationality));

    [Theory]
    [InlineData("E12345678", "CHN", true)]
    [InlineData("E1234567", "CHN", false)]
    [InlineData("E1234567", "XXX", false)]
    public void FitsCountry_SaysWhetherTheNumberHasOneOfTheShapes_WhenTheCountryIsKnown(string number, string nationality, bool fits) =>
        Assert.Equal(fits, PassportShapes.FitsCountry(number, nationality));
}

using DocArchive.Ingest.Extraction.Normalisation;

namespace DocArchive.Ingest.Tests.Extraction.Normalisation;

public class PersonNamesTests
{
    [Theory]
    [InlineData("ZHANG<<WEI", "ZHANG WEI")]
    [InlineData("ZHANG, Wei", "ZHANG WEI")]
    [InlineData("Wei Zhang", "WEI ZHANG")]
    [InlineData("Sdr. Li Ming", "LI MING")]
    [InlineData("KIM<<MIN<JUN", "KIM MIN JUN")]
    public void Normalise_ReturnsUpperCase_WithOrderHandled(string printed, string expected)
    {
        Assert.Equal(expected, PersonNames.Normalise(printed));
    }

    [Fact]
    public void Key_IsTheSame_WhenOrderDiffers()
    {
        Assert.Equal(PersonNames.Key("ZHANG WEI"), PersonNames.Key("Wei Zhang"));
    }
}

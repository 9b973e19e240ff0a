using DocArchive.Ingest.Extraction.Normalisation;

namespace DocArchive.Ingest.Tests.Extraction.Normalisation;

public sealed class IdentifiersTests
{
    [Theory]
    [InlineData("2C21AB0001", "2C21AB0001")]
    [InlineData("2C181A8224", "2C18IA8224")]
    [InlineData("2C28IX1I65", "2C28IX1165")]
    [InlineData("2c21 ab0001 |", "2C21AB0001")]
    [InlineData("93509/IMTA!PPTK/2024", "93509/IMTA/PPTK/2024")]
    [InlineData("KEP.12345/PPTK/PTA/2024.", "KEP.12345/PPTK/PTA/2024")]
    [InlineData("1234567890", "1234567890")]
    public void Permit_ReturnsTheNumberAsPrinted_WithOcrConfusionsOfItsShapeRepaired(string printed, string expected) =>
        Assert.Equal(expected, Identifiers.Permit(printed));

    [Theory]
    [InlineData("e 1234 5678", "E12345678")]
    [InlineData("£A1234567", "EA1234567")]
    public void Passport_ReturnsUpperCaseWithoutSpaces(string printed, string expected) =>
        Assert.Equal(expected, Identifiers.Passport(printed));
}

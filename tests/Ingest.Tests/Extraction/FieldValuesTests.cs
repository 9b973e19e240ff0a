using DocArchive.Ingest.Extraction;

namespace DocArchive.Ingest.Tests.Extraction;

public sealed class FieldValuesTests
{
    [Theory]
    [InlineData("24 bulan s.d. 2024-02-02", "2024-02-02")]
    [InlineData("12 Januari 2025 s.d. 11 Januari 2026", "2026-01-11")]
    [InlineData("Kabupaten 23 bulan s.d. 12 Konawe ‘Jan 2024", "2024-01-12")]
    [InlineData("Kabupaten 11 bulan s.d. 26 Konawe Januari 2023", "2023-01-26")]
    [InlineData("113/04/2025", "2025-04-13")]
    [InlineData(".127 Januari 2026", "2026-01-27")]
    public void Normalise_ReadsTheEndOfThePeriod_WhenOtherWordsCameBetweenItsParts(string printed, string expected) =>
        Assert.Equal(expected, FieldValues.Normalise("expiryDate", printed));

    [Theory]
    [InlineData("Kabupaten Konawe")]
    [InlineData("24 bulan")]
    public void Normalise_ReturnsNoExpiry_WhenNoDateIsPrinted(string printed) =>
        Assert.Null(FieldValues.Normalise("expiryDate", printed));
}

using DocArchive.Ingest.Extraction.Normalisation;

namespace DocArchive.Ingest.Tests.Extraction.Normalisation;

public class LocationsTests
{
    [Theory]
    [InlineData("PT X Tbk, Kota Jambi", "Kota Jambi")]
    [InlineData("Tenggarong, Provinsi Jambi", "Tenggarong")]
    [InlineData("PT Sinar Batu Mining, Kabupaten Morowali, Provinsi Sulawesi Tengah", "Kabupaten Morowali")]
    [InlineData("Ruang Rapat Kantor Kesbangpol", "Ruang Rapat Kantor Kesbangpol")]
    public void Clean_DropsCompanyAndProvince(string printed, string expected)
    {
        Assert.Equal(expected, Locations.Clean(printed));
    }
}

using DocArchive.Ingest.Register.Reconciliation;

namespace DocArchive.Ingest.Tests.Register.Reconciliation;

public sealed class DistrictsTests
{
    [Theory]
    [InlineData("Kab. Tanjung Jabung Barat", "Tanjung Jabung Barat")]
    [InlineData("Tanjabbar", "Tanjung Jabung Barat")]
    [InlineData("KUALA TUNGKAL", "Tanjung Jabung Barat")]
    [InlineData("Aula Pola Kabupaten Tanjung Jabung Barat", "Tanjung Jabung Barat")]
    [InlineData("Kabupaten Muaro Jambi", "Muaro Jambi")]
    [InlineData("Muara Bungo, Jambi", "Bungo")]
    [InlineData("Kota Jambi", "Kota Jambi")]
    [InlineData("Kota Sungai Penuh", "Kota Sungai Penuh")]
    [InlineData("Tenggarong", "Kutai Kartanegara")]
    [InlineData("Kabupaten Morowali Utara", "Morowali Utara")]
    public void Of_FoldsThePlaceToItsDistrict_WhenItNamesATownSeatOrShortForm(string place, string district) =>
        Assert.Equal(district, Districts.Of(place)?.Name);

    [Theory]
    [InlineData(null)]
    [InlineData("Jakarta Selatan")]
    [InlineData("Ruang Rapat Kantor Imigrasi Kelas I TPI")]
    public void Of_GivesNoDistrict_WhenThePlaceNamesNoneTheTableKnows(string? place) => Assert.Null(Districts.Of(place));

    [Fact]
    public void All_ListsElevenDistrictsOfJambi_WithTheirImigrasiOffices()
    {
        var jambi = Districts.All.Where(d => d.Province == "Jambi").ToList();

        Assert.Equal(11, jambi.Count);
        Assert.Equal(["Bungo", "Jambi", "Kerinci", "Kuala Tungkal"], jambi.Select(d => d.Office).Distinct().Order(StringComparer.Ordinal));
    }
}

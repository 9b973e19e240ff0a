using DocArchive.Ingest.Extraction.Mrz;

namespace DocArchive.Ingest.Tests.Extraction.Mrz;

public class MrzLocatorTests
{
    [Theory]
    [InlineData("Berdasarkan Surat Perintah Tugas, tim telah melaksanakan pemantauan terhadap")]
    [InlineData("Agenda : Pembahasan keberadaan dan kegiatan tenaga kerja asing")]
    [InlineData("hasil penilaian kelayakan, perlu menetapkan Keputusan Direktur tentang Pengesahan")]
    public void Find_FindsNoZone_InProseWhoseLetterRunsCleanIntoFiller(string prose)
    {
        var page = PageBuilder.Page(1, "LAPORAN HASIL PEMANTAUAN", prose, "Demikian laporan ini dibuat.");

        Assert.Empty(MrzLocator.Find([page]));
    }

    [Fact]
    public void Find_FindsTheZone_WhenOcrReadItsFillerAsLowerCaseLetters()
    {
        var page = PageBuilder.Page(
            1,
            "Nama / Name  WATANABE SHOTA",
            "PJPNWATANABE<<SHOTA<<ccccdddddcdccccccccccd",
            "TT32611988PN9109010M2901086<<<<<<<<<<<<<<02");

        var band = Assert.Single(MrzLocator.Find([page]));

        Assert.Equal(2, band.Lines.Count);
        Assert.StartsWith("PJPNWATANABE", band.Lines[0], StringComparison.Ordinal);
    }
}

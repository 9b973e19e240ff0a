using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Shipped;

public sealed class OtherLanguageTextsTests
{
    [Fact]
    public void FoundIn_NamesTheEnglishTexts_WhenAnIndonesianPageShowsThem()
    {
        var english = OtherLanguageTexts.For(ArchiveLanguages.Indonesian, "");

        var found = english.FoundIn("Cari di arsip\nSearch the archive\tKeluar · Sign out");

        Assert.Equal(["Search the archive", "Sign out"], found);
    }

    [Fact]
    public void FoundIn_NamesTheIndonesianPartOfATextWithAPlaceholder_WhenAnEnglishPageShowsIt()
    {
        var indonesian = OtherLanguageTexts.For(ArchiveLanguages.English, "");

        Assert.Equal(["dikunci sampai"], indonesian.FoundIn("Users · admin dikunci sampai 31 Dec 2025"));
    }

    [Fact]
    public void FoundIn_FindsNothing_WhenThePageSpeaksOnlyItsLanguage()
    {
        var english = OtherLanguageTexts.For(ArchiveLanguages.Indonesian, "");

        Assert.Empty(english.FoundIn("Cari di arsip · Status · Masa berlaku · 27 Des 2026 · Keluar · Dokumen ditemukan"));
    }

    [Fact]
    public void FoundIn_LeavesTheWordsOfTheDocumentsAlone_WhenAPageShowsTheirText()
    {
        var page = "Page 1 · text layer\nNo Nama Keterangan\n1 ZHANG WEI sesuai";

        Assert.Equal(["Keterangan"], OtherLanguageTexts.For(ArchiveLanguages.English, "").FoundIn(page));
        Assert.Empty(OtherLanguageTexts.For(ArchiveLanguages.English, "No  Nama  Keterangan").FoundIn(page));
    }
}

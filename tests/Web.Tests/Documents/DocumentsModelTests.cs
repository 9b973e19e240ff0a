using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Extraction;

namespace DocArchive.Web.Tests.Documents;

public sealed class DocumentsModelTests
{
    [Fact]
    public async Task Get_WritesTheUploadDayAsPeopleDo_InEachLanguage()
    {
        await using var app = new DocArchiveApplication();
        using var officer = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var id = await CatalogSeed.AddAsync(app, "kitas.pdf", "Izin tinggal terbatas", new ExtractionRecord { DocumentType = DocumentTypes.Permit });
        var list = new Uri("/documents", UriKind.Relative);
        var page = new Uri($"/documents/{id}", UriKind.Relative);

        var indonesian = new[] { await officer.GetStringAsync(list), await officer.GetStringAsync(page) };
        (await DocArchiveApplication.SwitchLanguageAsync(officer, "en", "/documents")).Dispose();
        var english = new[] { await officer.GetStringAsync(list), await officer.GetStringAsync(page) };

        Assert.All(indonesian, html => Assert.Contains("31 Des 2025", html, StringComparison.Ordinal));
        Assert.All(english, html => Assert.Contains("31 Dec 2025", html, StringComparison.Ordinal));
        Assert.All(indonesian.Concat(english), html => Assert.DoesNotContain("2025-12-31", html, StringComparison.Ordinal));
        Assert.Contains("Diunggah", indonesian[0], StringComparison.Ordinal);
        Assert.Contains("Uploaded", english[0], StringComparison.Ordinal);
    }
}

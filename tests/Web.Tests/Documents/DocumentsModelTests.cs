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

    [Fact]
    public async Task Get_ListsOnlyTheDocumentsOfTheType_WithTheirPersonsAndEmployer()
    {
        await using var app = new DocArchiveApplication();
        using var officer = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var archive = await ArchiveScenario.SeedAsync(app);

        var reports = await officer.GetStringAsync(new Uri("/documents?type=field_report", UriKind.Relative));
        var all = await officer.GetStringAsync(new Uri("/documents", UriKind.Relative));

        Assert.Contains($"/documents/{archive.Report}\"", reports, StringComparison.Ordinal);
        Assert.DoesNotContain($"/documents/{archive.Permit}\"", reports, StringComparison.Ordinal);
        Assert.Contains("<td>laporan pemantauan</td>", reports, StringComparison.Ordinal);
        Assert.Contains("<td>ZHANG WEL, KIM MINJUN</td>", reports, StringComparison.Ordinal);
        Assert.Contains("<td>PT. SINAR BATU MINING Tbk</td>", reports, StringComparison.Ordinal);
        Assert.Contains("<option value=\"field_report\" selected=\"selected\">laporan pemantauan</option>", reports, StringComparison.Ordinal);
        Assert.Contains("1 dokumen", reports, StringComparison.Ordinal);
        Assert.Contains("5 dokumen", all, StringComparison.Ordinal);
        Assert.DoesNotContain("application/pdf</option>", all, StringComparison.Ordinal);
    }
}

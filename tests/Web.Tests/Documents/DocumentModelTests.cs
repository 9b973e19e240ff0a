using System.Text.RegularExpressions;
using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Reading;

namespace DocArchive.Web.Tests.Documents;

public sealed class DocumentModelTests
{
    [Fact]
    public async Task Get_ShowsTheFileNameEscaped_WhenItHoldsHtml()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        const string name = "<img src=x onerror=alert(1)>.pdf";
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("Berita acara"));
        var uploaded = await DocArchiveApplication.UploadAsync(client, (name, pdf));

        var page = await client.GetStringAsync(new Uri($"/documents/{uploaded.Documents[0].DocumentId}", UriKind.Relative));
        var list = await client.GetStringAsync(new Uri("/documents", UriKind.Relative));

        foreach (var html in new[] { page, list })
        {
            Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
            Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.pdf", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_ShowsTheTypeFieldsAndLinkedPersons_WhenTheDocumentIsExtracted()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var id = (await DocArchiveApplication.UploadAsync(client, ("kitas.pdf", PermitPdf()))).Documents[0].DocumentId;
        var document = await DocArchiveApplication.WaitUntilFinishedAsync(client, id);

        var html = await client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));

        Assert.Contains("izin tinggal/kerja", html, StringComparison.Ordinal);
        var passport = FieldEntry.Of(html, "passportNumber");
        Assert.Matches("""^<li id="field-passportNumber" class="field review conflict" """, passport);
        Assert.Matches("""<label for="field-passportNumber-value">No\. paspor</label>\s*<span class="field-meta">\s*<span class="flag">perlu dicek</span>\s*<span>keyakinan \d+% · MRZ</span>\s*<a href="#page-2">hlm\. 2</a>""", passport);
        Assert.Matches("""<input type="text" id="field-passportNumber-value" name="value" value="E12345678"[^>]*>\s*<button type="submit">Simpan</button>""", passport);
        Assert.Contains("""<div class="reason">berbeda dengan E12345679 (label)</div>""", passport, StringComparison.Ordinal);
        var position = FieldEntry.Of(html, "position");
        Assert.Matches("""<span>keyakinan \d+% · label</span>\s*<a href="#page-1">hlm\. 1</a>""", position);
        Assert.Contains("""name="value" value="&lt;b&gt;Mining Engineer&lt;/b&gt;" """, position, StringComparison.Ordinal);
        Assert.Single(Regex.Matches(html, "data-key=\"passportNumber\""));
        Assert.Contains($"<a href=\"/persons/{Assert.Single(document.PersonIds)}\">ZHANG WEI</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Mining", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_LinksTheSearchablePdfBesideTheOriginal_OnlyForAScan()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var scan = FixtureEncode.Png(FixtureRaster.RenderLines(300, "KARTU IZIN TINGGAL TERBATAS", "Nama Lengkap: ZHANG WEI"));
        var uploaded = await DocArchiveApplication.UploadAsync(client, ("kitas.png", scan), ("kitas.pdf", PermitPdf()));
        var (scanned, born) = (uploaded.Documents[0].DocumentId, uploaded.Documents[1].DocumentId);
        await DocArchiveApplication.WaitUntilFinishedAsync(client, scanned);
        await DocArchiveApplication.WaitUntilFinishedAsync(client, born);

        var scannedPage = await client.GetStringAsync(new Uri($"/documents/{scanned}", UriKind.Relative));
        var bornPage = await client.GetStringAsync(new Uri($"/documents/{born}", UriKind.Relative));

        Assert.Contains($"""<a class="button" href="/api/documents/{scanned}/original">Unduh berkas asli</a>""", scannedPage, StringComparison.Ordinal);
        Assert.Contains($"""<a class="button" href="/api/documents/{scanned}/searchable">Unduh PDF yang dapat dicari</a>""", scannedPage, StringComparison.Ordinal);
        Assert.Contains($"""href="/api/documents/{born}/original">""", bornPage, StringComparison.Ordinal);
        Assert.DoesNotContain("/searchable\"", bornPage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_WarnsOfTheOriginalsActiveContent_InTheReadersLanguage()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var lines = new[] { "BERITA ACARA PEMERIKSAAN", "Perusahaan: PT Sinar Batu Mining", "Tenaga kerja asing diperiksa di lokasi tambang" };
        var uploaded = await DocArchiveApplication.UploadAsync(
            client, ("lampiran.pdf", FixtureActivePdf.Text(FixtureActiveContent.EmbeddedFile, lines)), ("biasa.pdf", FixtureActivePdf.Text(FixtureActiveContent.None, lines)));
        var (flagged, plain) = (uploaded.Documents[0].DocumentId, uploaded.Documents[1].DocumentId);
        await DocArchiveApplication.WaitUntilFinishedAsync(client, flagged);
        await DocArchiveApplication.WaitUntilFinishedAsync(client, plain);

        var indonesian = await client.GetStringAsync(new Uri($"/documents/{flagged}", UriKind.Relative));
        var unflagged = await client.GetStringAsync(new Uri($"/documents/{plain}", UriKind.Relative));
        (await DocArchiveApplication.SwitchLanguageAsync(client, "en", $"/documents/{flagged}")).Dispose();
        var english = await client.GetStringAsync(new Uri($"/documents/{flagged}", UriKind.Relative));

        Assert.Contains("<strong>Berkas asli memuat konten aktif: berkas tersemat.</strong>", indonesian, StringComparison.Ordinal);
        Assert.Contains("hanya diberikan sebagai unduhan", indonesian, StringComparison.Ordinal);
        Assert.Contains("<strong>The original carries active content: embedded files.</strong>", english, StringComparison.Ordinal);
        Assert.DoesNotContain("konten aktif", english, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"active-content\"", unflagged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ShowsARunOfBlankPagesAsOneBlankSectionWithoutImages_InEachLanguage()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var known = FixturePage.FromLines("Berita acara pemeriksaan orang asing", "Nama Lengkap: ZHANG WEI", "Nomor Paspor: E12345678");
        using var pdf = new FixturePdfBuilder().AddTextPage(known).AddEmptyPage().AddEmptyPage().AddTextPage(known).AddEmptyPage();
        var id = (await DocArchiveApplication.UploadAsync(client, ("kosong.pdf", pdf.Build()))).Documents[0].DocumentId;
        var document = await DocArchiveApplication.WaitUntilFinishedAsync(client, id);

        var indonesian = await client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));
        (await DocArchiveApplication.SwitchLanguageAsync(client, "en", $"/documents/{id}")).Dispose();
        var english = await client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));

        PageTextSource?[] sources = [PageTextSource.TextLayer, PageTextSource.Blank, PageTextSource.Blank, PageTextSource.TextLayer, PageTextSource.Blank];
        Assert.Equal(sources, document.Pages.Select(p => p.Source));
        Assert.Matches("""<section class="page blank-pages" id="page-2">\s*<header class="page-head">\s*<h2>Halaman 2&#x2013;3\s*<span class="muted">· halaman kosong</span>""", indonesian);
        Assert.Matches("""<section class="page blank-pages" id="page-5">\s*<header class="page-head">\s*<h2>Halaman 5\s*<span class="muted">· halaman kosong</span>""", indonesian);
        Assert.Matches("""<h2>Pages 2&#x2013;3\s*<span class="muted">· blank pages</span>""", english);
        Assert.Matches("""<h2>Page 5\s*<span class="muted">· blank page</span>""", english);
        Assert.DoesNotContain("id=\"page-3\"", indonesian, StringComparison.Ordinal);
        Assert.Contains($"/api/documents/{id}/pages/1/image", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain($"/api/documents/{id}/pages/2/image", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain($"/api/documents/{id}/pages/5/image", indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_SaysThePageCountAndTheLimit_WhenTheDocumentHasTooManyPages()
    {
        await using var app = new DocArchiveApplication(settings: new Dictionary<string, string> { ["DocArchive:Ingest:MaxPages"] = "2" });
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("satu"), FixturePage.FromLines("dua"), FixturePage.FromLines("tiga"));
        var id = (await DocArchiveApplication.UploadAsync(client, ("panjang.pdf", pdf))).Documents[0].DocumentId;
        var document = await DocArchiveApplication.WaitUntilFinishedAsync(client, id);

        var indonesian = await client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));
        var uploads = await client.GetStringAsync(new Uri("/api/uploads", UriKind.Relative));
        (await DocArchiveApplication.SwitchLanguageAsync(client, "en", $"/documents/{id}")).Dispose();
        var english = await client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));

        Assert.Equal(("too-many-pages", 0), (document.FailureCode, document.Pages.Count));
        Assert.Contains("Dokumen ini berisi 3 halaman, melebihi batas 2 halaman per dokumen; bagi menjadi beberapa berkas.", indonesian, StringComparison.Ordinal);
        Assert.Contains("Dokumen ini berisi 3 halaman, melebihi batas 2 halaman per dokumen", uploads, StringComparison.Ordinal);
        Assert.Contains("The document has 3 pages, more than the limit of 2 pages per document; split it into several files.", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Returns404_WhenTheIdIsUnknown()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri($"/documents/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>
    /// A born-digital KITAS of ZHANG WEI whose position holds markup and whose printed passport number is one digit off
    /// the passport page stapled behind it.
    /// </summary>
    internal static byte[] PermitPdf() => FixtureDocument.TextPdf(
        FixturePage.FromLines(
            "KARTU IZIN TINGGAL TERBATAS",
            "Nama Lengkap: ZHANG WEI",
            "Kewarganegaraan: Republik Rakyat Tiongkok",
            "Nomor Paspor: E12345679",
            "Tanggal Lahir: 12 April 1985",
            "Pemberi Kerja: PT Sinar Batu Mining",
            "Jabatan: <b>Mining Engineer</b>",
            "Berlaku s/d: 09 Januari 2026"),
        FixturePage.FromLines(
            "PASPOR  PASSPORT",
            "REPUBLIK RAKYAT TIONGKOK  PEOPLE'S REPUBLIC OF CHINA",
            "P<CHNZHANG<<WEI<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "E123456782CHN8504124M3001019<<<<<<<<<<<<<<00"));

    [Fact]
    public async Task Get_ShowsPageTextAsText_WhenItHoldsScript()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("Catatan <script>alert(1)</script> selesai"));
        var id = (await DocArchiveApplication.UploadAsync(client, ("catatan.pdf", pdf))).Documents[0].DocumentId;
        await DocArchiveApplication.WaitUntilFinishedAsync(client, id);

        var page = await client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));
        var search = await client.GetStringAsync(new Uri("/search?q=catatan", UriKind.Relative));

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", search, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NamesTheFindingsAndTheApprovedPositions_WhenTheRecordHasThem()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        var rptka = await client.GetStringAsync(new Uri($"/documents/{archive.Rptka}", UriKind.Relative));
        var report = await client.GetStringAsync(new Uri($"/documents/{archive.Report}", UriKind.Relative));

        Assert.Contains("pengesahan RPTKA", rptka, StringComparison.Ordinal);
        Assert.Contains("Jabatan disetujui 1: Jabatan", rptka, StringComparison.Ordinal);
        Assert.Contains("Jabatan disetujui 3: Jangka waktu s.d.", rptka, StringComparison.Ordinal);
        Assert.DoesNotContain(">positions[", rptka, StringComparison.Ordinal);
        Assert.Contains("Keterangan pemantauan", report, StringComparison.Ordinal);
        Assert.Contains("overstay &lt;script&gt;", report, StringComparison.Ordinal);
    }
}

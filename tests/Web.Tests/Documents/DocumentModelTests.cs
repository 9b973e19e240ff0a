using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;

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
        Assert.Matches(
            """<tr class="conflict" data-key="passportNumber">\s*<td>No\. paspor</td>\s*<td>E12345678\s*<div class="reason">berbeda dengan E12345679 \(label\)</div>\s*</td>\s*<td class="num">\d+%</td>\s*<td class="num"><a href="#page-2">2</a></td>\s*<td>MRZ</td>""",
            html);
        Assert.Matches("""data-key="position">\s*<td>Jabatan</td>\s*<td>&lt;b&gt;Mining Engineer&lt;/b&gt;</td>\s*<td class="num">\d+%</td>\s*<td class="num"><a href="#page-1">1</a></td>\s*<td>label</td>""", html);
        Assert.Contains($"<a href=\"/persons/{Assert.Single(document.PersonIds)}\">ZHANG WEI</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Mining", html, StringComparison.Ordinal);
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
}

using System.Net;
using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Search;

public sealed class SearchModelTests
{
    [Fact]
    public async Task Get_ShowsPersonsCompaniesDocumentsAndFacetLinks_WhenTheSearchFindsThem()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var (permit, report) = await SearchIndexFixture.IndexAsync(app);

        var html = await client.GetStringAsync(new Uri("/search?q=zhang%20sinar", UriKind.Relative));

        Assert.Contains($"href=\"/persons/{SearchIndexFixture.PersonId}\">ZHANG WEI</a>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/companies/SINAR%20BATU%20MINING\">PT. SINAR BATU MINING Tbk</a>", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/documents/{permit}#page-1\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/documents/{report}#page-2\"", html, StringComparison.Ordinal);
        Assert.Contains("<mark>ZHANG</mark>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/search?q=zhang%20sinar%20type%3Apermit&amp;page=1&amp;sort=relevance\"", html, StringComparison.Ordinal);
        Assert.Contains("Orang", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_EncodesNamesAndTheQuery_WhenTheyHoldMarkup()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        await SearchIndexFixture.IndexAsync(app, "ZHANG <b>WEI</b>");

        var html = await client.GetStringAsync(new Uri("/search?q=zhang%20%3Cscript%3E", UriKind.Relative));
        var named = await client.GetStringAsync(new Uri("/search?q=zhang", UriKind.Relative));

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>WEI</b>", named, StringComparison.Ordinal);
        Assert.Contains("ZHANG &lt;b&gt;WEI&lt;/b&gt;", named, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ShowsTheReason_WhenAFilterValueIsWrong()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri("/search?q=expired:maybe", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        (await DocArchiveApplication.SwitchLanguageAsync(client, "en", "/search")).Dispose();
        var english = await client.GetStringAsync(new Uri("/search?q=expired:maybe", UriKind.Relative));
        var sort = await client.GetStringAsync(new Uri("/search?q=zhang&sort=newest", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("expired: menerima ya atau tidak (bukan &#x27;maybe&#x27;).", html, StringComparison.Ordinal);
        Assert.DoesNotContain("takes", html, StringComparison.Ordinal);
        Assert.Contains("expired: takes yes or no (not &#x27;maybe&#x27;).", english, StringComparison.Ordinal);
        Assert.Contains("The order &#x27;newest&#x27; is not known", sort, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NamesDocumentTypesAndNationalitiesInTheUsersLanguage_InFacetsAndHits()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        await SearchIndexFixture.IndexAsync(app);

        var indonesian = await client.GetStringAsync(new Uri("/search?q=zhang", UriKind.Relative));
        (await DocArchiveApplication.SwitchLanguageAsync(client, "en", "/search")).Dispose();
        var english = await client.GetStringAsync(new Uri("/search?q=zhang", UriKind.Relative));

        Assert.Contains(">laporan pemantauan</a>", indonesian, StringComparison.Ordinal);
        Assert.Contains(">Tiongkok (CHN)</a>", indonesian, StringComparison.Ordinal);
        Assert.Contains("<td>Tiongkok (CHN)</td>", indonesian, StringComparison.Ordinal);
        Assert.Contains("· laporan pemantauan", indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("field_report<", indonesian, StringComparison.Ordinal);
        Assert.Contains(">field report</a>", english, StringComparison.Ordinal);
        Assert.Contains(">China (CHN)</a>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ShowsTheNewestDocumentsAndTheArchivesCounts_WhenNothingIsTyped()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        var archive = await ArchiveScenario.SeedAsync(app);

        var html = await client.GetStringAsync(new Uri("/search", UriKind.Relative));

        Assert.Contains($"<a href=\"/documents/{archive.LiPermit}\">kitas-li.pdf</a>", html, StringComparison.Ordinal);
        Assert.Contains("<strong>5</strong> dokumen", html, StringComparison.Ordinal);
        Assert.Contains("<strong>3</strong> tenaga kerja asing", html, StringComparison.Ordinal);
        Assert.Contains("<strong>2</strong> perusahaan", html, StringComparison.Ordinal);
        Assert.Contains("dokumen menunggu pemeriksaan", html, StringComparison.Ordinal);
        Assert.Matches("<a href=\"/search\\?q=type%3Apermit&amp;page=1&amp;sort=relevance\">izin tinggal/kerja</a>\\s*<span class=\"muted\">3</span>", html);
    }

    [Fact]
    public async Task Get_LinksToTheExportOfWhatWasFound_ForAnalystsOnly()
    {
        await using var app = new DocArchiveApplication();
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);
        using var officer = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        await SearchIndexFixture.IndexAsync(app);

        var forAnalyst = await analyst.GetStringAsync(new Uri("/search?q=zhang%20type%3Apermit", UriKind.Relative));
        var forOfficer = await officer.GetStringAsync(new Uri("/search?q=zhang%20type%3Apermit", UriKind.Relative));

        Assert.Contains("<a href=\"/export?q=zhang%20type%3Apermit\" class=\"export-link\">Ekspor hasil ini</a>", forAnalyst, StringComparison.Ordinal);
        Assert.DoesNotContain("Ekspor hasil ini", forOfficer, StringComparison.Ordinal);
    }
}

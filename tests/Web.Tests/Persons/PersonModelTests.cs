using System.Globalization;
using System.Net;
using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Persons;

public sealed class PersonModelTests
{
    private static readonly CultureInfo Indonesian = CultureInfo.GetCultureInfo("id");

    [Fact]
    public async Task Get_ShowsDocumentsSpellingsEmployersPermitsAndFindings_WhenSeveralDocumentsNameThePerson()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        var html = await client.GetStringAsync(new Uri($"/persons/{archive.Zhang}", UriKind.Relative));

        Assert.Contains("<h1>ZHANG WEI</h1>", html, StringComparison.Ordinal);
        Assert.Matches("<dd class=\"spellings\">\\s*<span>ZHANG WEI</span>\\s*<span>ZHANG WEL</span>\\s*</dd>", html);
        Assert.Contains(Date(new DateOnly(1985, 4, 12)), html, StringComparison.Ordinal);
        var documents = html[html.LastIndexOf("<table class=\"documents\">", StringComparison.Ordinal)..];
        Assert.True(
            Position(documents, archive.Report) < Position(documents, archive.Permit) && Position(documents, archive.Permit) < Position(documents, archive.OldPermit),
            "the documents are not newest first");
        Assert.Contains("laporan pemantauan", documents, StringComparison.Ordinal);
        Assert.Contains(Date(archive.Today.AddDays(-10)), documents, StringComparison.Ordinal);
        var permits = Section(html, "permits");
        Assert.Matches($"2C21AB0001</td>\\s*<td>{Date(archive.Today.AddDays(-300))}</td>\\s*<td>{Date(archive.Today.AddDays(20))}</td>\\s*<td>\\s*<span class=\"flag-valid\">berlaku", permits);
        Assert.Matches($"<tr class=\"expired\">\\s*<td>2C11AA0001</td>[^/]*</td>\\s*<td>{Date(archive.Today.AddDays(-400))}</td>\\s*<td>\\s*<span class=\"flag-expired\">habis berlaku", permits);
        Assert.Contains("href=\"/companies/SINAR%20BATU%20MINING\">PT. SINAR BATU MINING Tbk</a>", Section(html, "employers"), StringComparison.Ordinal);
        Assert.Matches($"<td>{Date(archive.Today.AddDays(-10))}</td>\\s*<td>sesuai</td>\\s*<td><a href=\"/documents/{archive.Report}\">laporan-timpora.pdf", Section(html, "findings"));
    }

    [Fact]
    public async Task Get_ShowsTheFindingAsText_WhenItHoldsMarkup()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        var html = await client.GetStringAsync(new Uri($"/persons/{archive.Kim}", UriKind.Relative));

        Assert.Contains("overstay &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Returns404_WhenThePersonIsUnknown()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri($"/persons/{Guid.NewGuid()}", UriKind.Relative));
        (await DocArchiveApplication.SwitchLanguageAsync(client, "en", "/search")).Dispose();
        using var english = await client.GetAsync(new Uri($"/persons/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Tidak ditemukan</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, english.StatusCode);
        Assert.Contains("<h1>Not found</h1>", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Date(DateOnly day) => day.ToString("d MMM yyyy", Indonesian);

    private static int Position(string html, Guid document) =>
        html.IndexOf($"href=\"/documents/{document}\"", StringComparison.Ordinal) is >= 0 and var at ? at : throw new InvalidOperationException($"{document} is not linked");

    /// <summary>The table of a class, up to its end.</summary>
    private static string Section(string html, string table)
    {
        var start = html.IndexOf($"<table class=\"{table}\">", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no {table} table");
        return html[start..html.IndexOf("</table>", start, StringComparison.Ordinal)];
    }
}

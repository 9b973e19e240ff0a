using System.Net;
using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Companies;

public sealed class CompanyModelTests
{
    [Fact]
    public async Task Get_ShowsWorkersApprovalsApprovedBesideFoundAndDocuments_WhenAnySpellingOfTheNameIsAsked()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        var html = await client.GetStringAsync(new Uri("/companies/sinar%20batu%20mining", UriKind.Relative));

        var current = html.IndexOf("Pekerja asing saat ini (1)", StringComparison.Ordinal);
        var past = html.IndexOf("Pekerja lain: izin habis atau tidak diketahui (1)", StringComparison.Ordinal);
        Assert.True(current >= 0 && past > current, "the current and past workers are not headed");
        Assert.InRange(html.IndexOf($"href=\"/persons/{archive.Zhang}\">ZHANG WEI</a>", StringComparison.Ordinal), current, past);
        Assert.True(html.IndexOf($"href=\"/persons/{archive.Kim}\">KIM MINJUN</a>", StringComparison.Ordinal) > past);
        Assert.DoesNotContain($"/persons/{archive.Li}", html, StringComparison.Ordinal);
        Assert.Matches("<td>Mining Engineer</td>\\s*<td class=\"num\">2</td>\\s*<td class=\"num\">1</td>", html);
        Assert.Matches("<td>Geologist</td>\\s*<td class=\"num\">1</td>\\s*<td class=\"num\">0</td>", html);
        Assert.Contains($"<a href=\"/documents/{archive.Rptka}\">KEP.12345/PPTK/PTA/2024</a>", html, StringComparison.Ordinal);
        Assert.Matches("<td>Chemist</td>(\\s*<td[^>]*>[^<]*</td>){3}\\s*<td>\\s*[^<]+<span class=\"flag-expired\">berakhir</span>", html);
        foreach (var document in new[] { archive.OldPermit, archive.Permit, archive.Report, archive.Rptka })
        {
            Assert.Contains($"href=\"/documents/{document}\"", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_Returns404_WhenNoDocumentNamesTheCompany()
    {
        await using var app = new DocArchiveApplication();
        await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri("/companies/tidak%20ada", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

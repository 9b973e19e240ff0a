using DocArchive.Ingest.Accounts;

namespace DocArchive.Web.Tests.Watch;

public sealed class WatchModelTests
{
    [Fact]
    public async Task Get_ListsExpiredAndExpiringPermitsByEmployerAndPlace_WhenNoWindowIsGiven()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        var html = await client.GetStringAsync(new Uri("/watch", UriKind.Relative));

        Assert.Contains("1 izin sudah habis dan 1 habis dalam 30 hari", html, StringComparison.Ordinal);
        var byEmployer = html.IndexOf("Per pemberi kerja", StringComparison.Ordinal);
        var byLocation = html.IndexOf("Per kantor / lokasi", StringComparison.Ordinal);
        Assert.True(byEmployer >= 0 && byLocation > byEmployer, "the two groupings are not headed");
        foreach (var section in new[] { html[byEmployer..byLocation], html[byLocation..] })
        {
            Assert.Contains($"<a href=\"/persons/{archive.Zhang}\">ZHANG WEI</a>", section, StringComparison.Ordinal);
            Assert.Contains($"<a href=\"/persons/{archive.Kim}\">KIM MINJUN</a>", section, StringComparison.Ordinal);
        }

        Assert.Contains("<a href=\"/companies/SINAR%20BATU%20MINING\">", html[byEmployer..byLocation], StringComparison.Ordinal);
        Assert.Contains("Kota Jambi", html[byLocation..], StringComparison.Ordinal);
        Assert.Contains("lewat 5 hari", html, StringComparison.Ordinal);
        Assert.Contains("20 hari lagi", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/persons/{archive.Li}", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ListsPermitsEndingLater_WhenTheWindowIsWider()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        var html = await client.GetStringAsync(new Uri("/watch?days=90", UriKind.Relative));

        Assert.Contains($"<a href=\"/persons/{archive.Li}\">LI MING</a>", html, StringComparison.Ordinal);
        Assert.Contains("(lokasi tidak diketahui)", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"90\" selected=\"selected\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_CountsPermitsEndedMoreThan90DaysAgoAndListsThemOnAsking_WhenSomeEndedLongAgo()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        await CatalogSeed.AddAsync(app, "kitas-lama.pdf", "Izin tinggal terbatas", new Ingest.Extraction.ExtractionRecord
        {
            DocumentType = Ingest.Extraction.DocumentTypes.Permit,
            Persons = [CatalogSeed.Person("PARK JISOO", "M87654321", "KOR", "PT Sinar Batu Mining", archive.Today.AddDays(-120))],
        });
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        var recent = await client.GetStringAsync(new Uri("/watch", UriKind.Relative));
        var all = await client.GetStringAsync(new Uri("/watch?days=30&older=1", UriKind.Relative));

        Assert.Contains("1 izin sudah habis dan 1 habis dalam 30 hari", recent, StringComparison.Ordinal);
        Assert.Contains("Selain itu, 1 izin sudah habis lebih dari 90 hari lalu dan tidak ditampilkan.", recent, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/watch?days=30&amp;older=1\">Tampilkan juga</a>", recent, StringComparison.Ordinal);
        Assert.DoesNotContain("PARK JISOO", recent, StringComparison.Ordinal);
        Assert.Contains("2 izin sudah habis dan 1 habis dalam 30 hari", all, StringComparison.Ordinal);
        Assert.Contains("PARK JISOO", all, StringComparison.Ordinal);
        Assert.Contains("lewat 120 hari", all, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ShowsTheReason_WhenTheWindowIsNotANumberOfDays()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        var html = await client.GetStringAsync(new Uri("/watch?days=%3Cb%3E", UriKind.Relative));

        Assert.Contains("Jangka tidak dipahami.", html, StringComparison.Ordinal);
        Assert.Contains("&#x27;&lt;b&gt;&#x27;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Per pemberi kerja", html, StringComparison.Ordinal);
    }
}

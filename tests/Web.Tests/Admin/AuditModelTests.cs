using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Admin;

public sealed partial class AuditModelTests
{
    [Fact]
    public async Task Get_ShowsOnlyTheFilteredEntries_WhenFilteredByUserAndAction()
    {
        await using var app = new DocArchiveApplication();
        var officerName = await app.CreateUserAsync(ArchiveRoles.Officer);
        using var officer = app.CreateAnonymousClient();
        (await DocArchiveApplication.SignInAsync(officer, officerName, DocArchiveApplication.Password)).Dispose();
        await officer.GetStringAsync(new Uri("/search?q=%3Cb%3Ezhang", UriKind.Relative));
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        var filtered = await admin.GetStringAsync(new Uri($"/admin/audit?user={officerName}&action=Search", UriKind.Relative));
        var signIns = await admin.GetStringAsync(new Uri($"/admin/audit?user={officerName}&action=SignIn", UriKind.Relative));

        Assert.Contains("&lt;b&gt;zhang", filtered, StringComparison.Ordinal);
        Assert.Contains("1 entri", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("&lt;b&gt;zhang", signIns, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetCsv_StreamsTheFilteredLogAsCsv_WhenAnAdminAsks()
    {
        await using var app = new DocArchiveApplication();
        using var officer = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        await officer.GetStringAsync(new Uri("/search?q=%3Dcmd", UriKind.Relative));
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        using var response = await admin.GetAsync(new Uri("/admin/audit?handler=csv&action=Search", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time_utc,user,action,target,address", lines[0]);
        var row = Assert.Single(lines[1..]);
        Assert.EndsWith(",Search,\"'=cmd\",", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_ShowsTheEntriesAboutTheTarget_WhenFilteredByWordsOfTheSearchOrThePersonsName()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var officer = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        await officer.GetStringAsync(new Uri($"/persons/{archive.Zhang}", UriKind.Relative));
        await officer.GetStringAsync(new Uri($"/persons/{archive.Li}", UriKind.Relative));
        await officer.GetStringAsync(new Uri("/search?q=wei", UriKind.Relative));
        await officer.GetStringAsync(new Uri("/search?q=ming", UriKind.Relative));
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        var html = await admin.GetStringAsync(new Uri("/admin/audit?target=Zhang%20W", UriKind.Relative));

        Assert.Contains($"<a href=\"/persons/{archive.Zhang}\">ZHANG WEI</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/persons/{archive.Li}", html, StringComparison.Ordinal);
        Assert.Contains(">1 entri<", html, StringComparison.Ordinal);
        var words = await admin.GetStringAsync(new Uri("/admin/audit?target=WEI", UriKind.Relative));
        Assert.Contains(">2 entri<", words, StringComparison.Ordinal);
        Assert.DoesNotContain("ming", words, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-12-01&fromtime=09:00&to=2026-12-01&totime=10:45", new[] { "cari-0930", "cari-1045" })]
    [InlineData("from=2026-12-01&to=2026-12-01", new[] { "cari-0800", "cari-0930", "cari-1045", "cari-1200" })]
    [InlineData("to=2026-11-30", new string[0])]
    [InlineData("from=2026-12-01&fromtime=10:46", new[] { "cari-1200", "cari-1200" })]
    public async Task Get_ShowsTheEntriesOfTheTimeRange_AndTheCsvOfThePageHoldsExactlyThem(string range, string[] shown)
    {
        await using var app = new DocArchiveApplication();
        await AddEntriesAsync(app, ("siti", 8, 0, 0), ("siti", 9, 30, 0), ("siti", 10, 45, 30), ("budi", 10, 0, 0), ("siti", 12, 0, 0), ("siti", 24 + 12, 0, 0));
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        var html = await admin.GetStringAsync(new Uri($"/admin/audit?user=siti&action=Search&target=cari&{range}", UriKind.Relative));
        var csvLink = WebUtility.HtmlDecode(CsvLink().Match(html).Groups[1].Value);
        var csv = Encoding.UTF8.GetString(await admin.GetByteArrayAsync(new Uri("/admin/audit" + csvLink, UriKind.Relative)));

        Assert.Contains($">{shown.Length} entri<", html, StringComparison.Ordinal);
        Assert.Equal(shown, Targets().Matches(html).Select(m => m.Groups[1].Value).Reverse());
        Assert.Equal(shown, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(row => row.Split(',')[3]));
    }

    [Fact]
    public async Task GetCsv_HoldsTheEntriesThePageShowed_NotThePagesOwnReadingWrittenSince()
    {
        await using var app = new DocArchiveApplication();
        await AddEntriesAsync(app, ("siti", 8, 0, 0), ("budi", 9, 0, 0));
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        var html = await admin.GetStringAsync(new Uri("/admin/audit?target=cari", UriKind.Relative));
        var later = await admin.GetStringAsync(new Uri("/admin/audit?target=cari", UriKind.Relative));
        var csv = Encoding.UTF8.GetString(await admin.GetByteArrayAsync(new Uri("/admin/audit" + WebUtility.HtmlDecode(CsvLink().Match(html).Groups[1].Value), UriKind.Relative)));

        Assert.Contains(">2 entri<", html, StringComparison.Ordinal);
        Assert.Contains(">3 entri<", later, StringComparison.Ordinal);
        Assert.Equal(["siti", "budi"], csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(row => row.Split(',')[1]));
    }

    /// <summary>
    /// Searches for <c>cari-HHMM</c> by the users at the hours of 1 December 2026 (later hours run into the next days) in the
    /// server's time zone, stored as the audit log stores them.
    /// </summary>
    private static async Task AddEntriesAsync(DocArchiveApplication app, params (string User, int Hour, int Minute, int Second)[] entries)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        foreach (var (user, hour, minute, second) in entries)
        {
            var time = new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Unspecified).Add(new TimeSpan(hour, minute, second));
            db.AuditEntries.Add(new AuditEntry
            {
                At = new DateTimeOffset(time, TimeZoneInfo.Local.GetUtcOffset(time)),
                UserName = user,
                Action = AuditAction.Search,
                Target = string.Create(CultureInfo.InvariantCulture, $"cari-{hour % 24:00}{minute:00}"),
            });
        }

        await db.SaveChangesAsync();
    }

    [GeneratedRegex("<a href=\"(\\?handler=csv[^\"]*)\">")]
    private static partial Regex CsvLink();

    [GeneratedRegex(@"<td>\s*(cari-\d{4})")]
    private static partial Regex Targets();
}

using DocArchive.Fixtures;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Audit;

public sealed class AuditMiddlewareTests
{
    [Fact]
    public async Task Reads_AreRecordedWithUserActionAndTarget_WhenAnOfficerSearchesViewsAndDownloads()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Clerk, ArchiveRoles.Officer);
        var pdf = FixtureDocument.TextPdf(FixturePage.FromLines("Nama ZHANG WEI"));
        var id = Assert.NotNull((await DocArchiveApplication.UploadAsync(client, ("izin.pdf", pdf))).Documents[0].DocumentId);
        await DocArchiveApplication.WaitUntilFinishedAsync(client, id);
        await using (var scope = app.Services.CreateAsyncScope())
        {
            // Polling the document while waiting is a read too; start the count afresh.
            var before = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries.CountAsync();
            Assert.True(before > 0);
        }

        await client.GetStringAsync(new Uri("/search?q=zhang", UriKind.Relative));
        await client.GetStringAsync(new Uri("/api/search?q=wei", UriKind.Relative));
        await client.GetStringAsync(new Uri($"/documents/{id}", UriKind.Relative));
        await client.GetByteArrayAsync(new Uri($"/api/documents/{id}/original", UriKind.Relative));

        await using var check = app.Services.CreateAsyncScope();
        var entries = await check.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action != AuditAction.SignIn).OrderByDescending(e => e.Id).Take(4).ToListAsync();
        entries.Reverse();
        Assert.Equal(
            [(AuditAction.Search, "zhang"), (AuditAction.Search, "wei"), (AuditAction.DocumentView, id.ToString()), (AuditAction.OriginalDownload, id.ToString())],
            entries.Select(e => (e.Action, e.Target)));
        Assert.All(entries, e => Assert.StartsWith("user", e.UserName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reads_AreRecordedWithTheirTarget_WhenAnAnalystViewsAPersonACompanyAndTheWatch()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        await client.GetStringAsync(new Uri($"/persons/{archive.Zhang}", UriKind.Relative));
        await client.GetStringAsync(new Uri($"/api/persons/{archive.Kim}", UriKind.Relative));
        await client.GetStringAsync(new Uri("/companies/SINAR%20BATU%20MINING", UriKind.Relative));
        await client.GetStringAsync(new Uri("/api/companies/sinar%20batu%20mining", UriKind.Relative));
        await client.GetStringAsync(new Uri("/watch?days=60", UriKind.Relative));
        await client.GetStringAsync(new Uri("/api/watch", UriKind.Relative));
        using var missing = await client.GetAsync(new Uri($"/persons/{Guid.NewGuid()}", UriKind.Relative));

        await using var scope = app.Services.CreateAsyncScope();
        var entries = await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action != AuditAction.SignIn).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(
            [
                (AuditAction.PersonView, archive.Zhang.ToString()),
                (AuditAction.PersonView, archive.Kim.ToString()),
                (AuditAction.CompanyView, "SINAR BATU MINING"),
                (AuditAction.CompanyView, "sinar batu mining"),
                (AuditAction.WatchView, "/watch?days=60"),
                (AuditAction.WatchView, "/api/watch"),
            ],
            entries.Select(e => (e.Action, e.Target)));
    }

    [Fact]
    public async Task Reads_AreNotRecorded_WhenTheDocumentDoesNotExist()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        using var response = await client.GetAsync(new Uri($"/documents/{Guid.NewGuid()}", UriKind.Relative));

        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries.AnyAsync(e => e.Action == AuditAction.DocumentView));
    }

    [Fact]
    public async Task Reads_AreRecorded_WhenAnOfficerOpensTheReviewQueueAndTheDocumentsList()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        await client.GetStringAsync(new Uri("/review", UriKind.Relative));
        await client.GetStringAsync(new Uri("/api/review?page=2", UriKind.Relative));
        await client.GetStringAsync(new Uri("/documents?status=Failed&type=permit", UriKind.Relative));

        Assert.Equal(
            [(AuditAction.ReviewView, "/review"), (AuditAction.ReviewView, "/api/review?page=2"), (AuditAction.DocumentListView, "/documents?status=Failed&type=permit")],
            await ReadsAsync(app));
    }

    [Fact]
    public async Task Reads_AreRecordedAsWhatRan_WhenTheAddressNamesAHandlerThePageHasNot()
    {
        await using var app = new DocArchiveApplication();
        using var officer = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        await officer.GetStringAsync(new Uri("/documents?handler=csv", UriKind.Relative));
        await admin.GetByteArrayAsync(new Uri("/admin/audit?handler=CSV&handler=page", UriKind.Relative));

        Assert.Equal(
            [(AuditAction.DocumentListView, "/documents?handler=csv"), (AuditAction.AuditExport, "/admin/audit?handler=CSV&handler=page")],
            await ReadsAsync(app));
    }

    [Fact]
    public async Task Reads_AreRecorded_WhenAnAdminReadsTheAuditLogAndDownloadsIt()
    {
        await using var app = new DocArchiveApplication();
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        await client.GetStringAsync(new Uri("/admin/audit?action=Search&target=zhang", UriKind.Relative));
        await client.GetByteArrayAsync(new Uri("/admin/audit?handler=csv&action=Search&target=zhang", UriKind.Relative));

        Assert.Equal(
            [(AuditAction.AuditView, "/admin/audit?action=Search&target=zhang"), (AuditAction.AuditExport, "/admin/audit?handler=csv&action=Search&target=zhang")],
            await ReadsAsync(app));
    }

    [Fact]
    public async Task Reads_RecordTheCountOfAnExport_ButTheFileOnlyAsTheExport()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        await archive.IndexAsync(app);
        using var client = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        await client.GetStringAsync(new Uri("/export?q=sinar", UriKind.Relative));
        await client.GetStringAsync(new Uri("/export", UriKind.Relative));
        await client.GetByteArrayAsync(new Uri("/export?handler=file&q=sinar", UriKind.Relative));

        Assert.Equal(
            [(AuditAction.ExportCount, "sinar"), (AuditAction.ExportCount, "*"), (AuditAction.Export, "documents csv: sinar")],
            await ReadsAsync(app));
    }

    /// <summary>The audit log's entries but the sign-ins, oldest first.</summary>
    private static async Task<List<(AuditAction Action, string Target)>> ReadsAsync(DocArchiveApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries.AsNoTracking()
            .Where(e => e.Action != AuditAction.SignIn).OrderBy(e => e.Id).Select(e => new { e.Action, e.Target }).ToListAsync())
            .Select(e => (e.Action, e.Target)).ToList();
    }
}

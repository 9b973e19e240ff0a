using System.Net;
using System.Net.Http.Json;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using DocArchive.Ingest.Jobs;
using DocArchive.Ingest.Model;
using DocArchive.Ingest.Register.Statistics;
using DocArchive.Ingest.Register.Watch;
using DocArchive.Search.Indexing;
using DocArchive.Search.Querying;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Admin;

public sealed class WithdrawModelTests
{
    [Fact]
    public async Task Post_TakesTheDocumentOutOfSearchWatchStatisticsAndExport_KeepingItInTheCatalogAsWithdrawn()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        await archive.IndexAsync(app);
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin, ArchiveRoles.Analyst);
        Assert.Single((await SearchAsync(admin, "KIM MINJUN")).Persons);

        var page = await PostAsync(admin, archive.Report, "hasil pindai ganda");
        var search = await SearchAsync(admin, "KIM MINJUN");
        var watch = (await admin.GetFromJsonAsync<WatchList>(new Uri("/api/watch?days=30", UriKind.Relative), DocArchiveApplication.Json))!;
        var statistics = (await admin.GetFromJsonAsync<WorkerStatistics>(new Uri("/api/statistics", UriKind.Relative), DocArchiveApplication.Json))!;
        using var export = await admin.GetAsync(new Uri("/export?handler=file&q=KIM%20MINJUN&format=Csv", UriKind.Relative));
        var details = await admin.GetStringAsync(new Uri($"/documents/{archive.Report}", UriKind.Relative));
        var list = await admin.GetStringAsync(new Uri("/documents", UriKind.Relative));

        Assert.Contains("Dokumen ditarik oleh", page, StringComparison.Ordinal);
        Assert.Empty(search.Persons);
        Assert.Equal(0, search.TotalDocuments);
        Assert.DoesNotContain(watch.ByEmployer.SelectMany(g => g.Entries), e => e.PersonId == archive.Kim);
        Assert.Equal((0, 1), (watch.Expired, watch.Expiring));
        Assert.Equal(0, statistics.PermitsExpired);
        Assert.Equal(HttpStatusCode.NotFound, export.StatusCode);
        Assert.Contains("Dokumen ini ditarik.", details, StringComparison.Ordinal);
        Assert.Contains("hasil pindai ganda", details, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"withdrawn\">", list, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CatalogDbContext>();
        var document = await db.Documents.AsNoTracking().SingleAsync(d => d.Id == archive.Report);
        Assert.Equal(("hasil pindai ganda", DocumentStatus.Done), (document.WithdrawnReason, document.Status));
        Assert.NotNull(document.WithdrawnAt);
        Assert.NotNull(document.WithdrawnBy);
        Assert.Equal(5, await db.Documents.CountAsync());
        Assert.Equal([$"{archive.Report}: hasil pindai ganda"], await db.AuditEntries.Where(e => e.Action == AuditAction.DocumentWithdrawn).Select(e => e.Target).ToListAsync());
        var comparison = await IndexReconciliation.CompareAsync(db, scope.ServiceProvider.GetRequiredService<IDocumentIndex>(), CancellationToken.None);
        Assert.Equal((4, 4, 0, 0), (comparison.Done, comparison.Indexed, comparison.Missing.Count, comparison.Extra.Count));
        await scope.ServiceProvider.GetRequiredService<IndexJob>().RunAsync(archive.Report, CancellationToken.None);
        Assert.Equal(0, (await SearchAsync(admin, "KIM MINJUN")).TotalDocuments);
    }

    [Fact]
    public async Task Post_AsksForTheReason_WhenNoneIsGiven()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var admin = await app.CreateSignedInClientAsync(ArchiveRoles.Admin);

        var page = await PostAsync(admin, archive.Report, " ", HttpStatusCode.BadRequest);

        Assert.Contains("Tulis alasan penarikan.", page, StringComparison.Ordinal);
        await using var scope = app.Services.CreateAsyncScope();
        Assert.False(await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().Documents.AnyAsync(d => d.WithdrawnAt != null));
    }

    private static async Task<SearchResults> SearchAsync(HttpClient client, string query) =>
        (await client.GetFromJsonAsync<SearchResults>(new Uri($"/api/search?q={Uri.EscapeDataString(query)}", UriKind.Relative), DocArchiveApplication.Json))!;

    private static async Task<string> PostAsync(HttpClient admin, Guid document, string reason, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var path = $"/admin/documents/{document}/withdraw";
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["reason"] = reason,
            ["__RequestVerificationToken"] = await DocArchiveApplication.AntiforgeryTokenAsync(admin, path),
        });
        using var response = await admin.PostAsync(new Uri(path, UriKind.Relative), form);
        Assert.Equal(expected, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }
}

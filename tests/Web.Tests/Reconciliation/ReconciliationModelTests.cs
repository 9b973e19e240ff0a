using System.Net;
using System.Text;
using DocArchive.Ingest.Accounts;
using DocArchive.Ingest.Audit;
using DocArchive.Ingest.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DocArchive.Web.Tests.Reconciliation;

public sealed class ReconciliationModelTests
{
    [Fact]
    public async Task OnGetFile_ExportsTheListBehindACount_AndRecordsTheExport()
    {
        await using var app = new DocArchiveApplication();
        await ArchiveScenario.SeedAsync(app);
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        using var response = await analyst.GetAsync(new Uri("/reconciliation?handler=file&list=site&format=csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("name,passport_number,nationality,employer,district,position,permit_expiry,last_seen_date,sources,documents", lines[0], StringComparison.Ordinal);
        Assert.Equal(["KIM MINJUN", "ZHANG WEI"], lines[1..].Select(l => l.Split(',')[0]));
        Assert.Contains("laporan-timpora.pdf p. 1 (field_report,", lines[1], StringComparison.Ordinal);
        Assert.Equal("reconciliation persons site csv: ", (await AuditAsync(app, AuditAction.Export))[0]);
    }

    [Fact]
    public async Task OnGet_ShowsTheFindingsOfACode_WithTheirPersonsAndPages()
    {
        await using var app = new DocArchiveApplication();
        var archive = await ArchiveScenario.SeedAsync(app);
        using var officer = await app.CreateSignedInClientAsync(ArchiveRoles.Officer);

        var html = await officer.GetStringAsync(new Uri("/reconciliation?finding=no-permit", UriKind.Relative));

        Assert.Contains("Ditemukan di lapangan tanpa izin di arsip", html, StringComparison.Ordinal);
        Assert.Contains($"/persons/{archive.Kim}", html, StringComparison.Ordinal);
        Assert.Contains($"/documents/{archive.Report}#page-1", html, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=file", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_NamesWhoPrintedIt_AndIsAudited()
    {
        await using var app = new DocArchiveApplication();
        await ArchiveScenario.SeedAsync(app);
        using var analyst = await app.CreateSignedInClientAsync(ArchiveRoles.Analyst);

        var html = await analyst.GetStringAsync(new Uri("/reconciliation/report?district=Kota%20Jambi", UriKind.Relative));

        Assert.Single(html.Split("class=\"report-page\"")[1..]);
        Assert.Contains("Dicetak oleh", html, StringComparison.Ordinal);
        Assert.Equal(["/reconciliation/report?district=Kota%20Jambi"], await AuditAsync(app, AuditAction.ReconciliationPrint));
    }

    private static async Task<List<string>> AuditAsync(DocArchiveApplication app, AuditAction action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CatalogDbContext>().AuditEntries.Where(e => e.Action == action).Select(e => e.Target).ToListAsync();
    }
}
